package io.newsstream.ingest.watch;

import io.newsstream.ingest.KafkaUnavailableException;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link DropFolder} scanned on one daemon thread: woken by the file system's {@link WatchService}, and
 * rescanning periodically anyway, since watch events can be lost (network file systems, overflow).
 */
public final class DropFolderWatcher implements AutoCloseable {

    /** How soon a file seen growing is looked at again; it is read once it looked the same twice. */
    static final Duration SETTLE = Duration.ofSeconds(1);
    /** The fallback rescan when no event arrives. */
    static final Duration RESCAN = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DropFolderWatcher.class);

    private final DropFolder folder;
    private final WatchService watcher;
    private final Thread thread;
    private volatile boolean closed;
    private String lastProblem;

    private DropFolderWatcher(DropFolder folder) throws IOException {
        this.folder = folder;
        this.watcher = FileSystems.getDefault().newWatchService();
        folder.dir().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
        this.thread = new Thread(this::run, "drop-folder-" + folder.dir().getFileName());
        thread.setDaemon(true);
    }

    /** Starts watching; files already in the folder are handled first (again, if an earlier run was stopped before moving them). */
    public static DropFolderWatcher start(DropFolder folder) throws IOException {
        DropFolderWatcher watcher = new DropFolderWatcher(folder);
        watcher.thread.start();
        log.info("watching {} for articles", folder.dir());
        return watcher;
    }

    private void run() {
        try {
            while (!closed) {
                scanQuietly();
                Duration wait = folder.waiting() ? SETTLE : RESCAN;
                WatchKey key = watcher.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
                if (key != null) {
                    // Which file changed does not matter: the scan looks at them all.
                    key.pollEvents();
                    key.reset();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // close() was called.
        }
    }

    private void scanQuietly() {
        try {
            folder.scan();
            if (lastProblem != null) {
                log.info("drop folder {} works again", folder.dir());
                lastProblem = null;
            }
        } catch (KafkaUnavailableException | IOException | RuntimeException e) {
            if (closed) {
                return;
            }
            // The file stays where it is and is tried again at the next scan; logged once per kind of problem.
            String problem = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (!problem.equals(lastProblem)) {
                log.warn("drop folder {}: {}; will retry", folder.dir(), problem);
            }
            lastProblem = problem;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("closing the watch service of {}: {}", folder.dir(), e.getMessage());
        }
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
