package io.newsstream.sink.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops a PostgreSQL left running on an embedded data directory by an owner that died (kill -9, a crash).
 *
 * <p>The embedded server runs in a session of its own, so it outlives the JVM that started it, and the next start
 * would find the directory taken. The owner holds the library's lock file while it lives; when that lock is free
 * and {@code postmaster.pid} names a live postgres process of this directory, nobody owns that server any more.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    // The lock file the embedded library holds for as long as its owner runs.
    static final String OWNER_LOCK = "epg-lock";
    private static final String PID_FILE = "postmaster.pid";

    private OrphanedPostmaster() {
    }

    /**
     * Stops the server of a dead owner, if there is one.
     *
     * @throws IllegalStateException when a live process still owns the directory: another newsstream uses it
     */
    static void stopIfOrphaned(Path dataDir, Duration timeout) throws IOException {
        Optional<ProcessHandle> postmaster = livePostmaster(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        if (!ownerLockIsFree(dataDir)) {
            throw new IllegalStateException("the PostgreSQL data directory " + dataDir + " is in use by another running"
                    + " process (pid of its server: " + postmaster.get().pid() + "); stop it or choose another data"
                    + " directory");
        }
        ProcessHandle server = postmaster.get();
        log.warn("a PostgreSQL (pid {}) left running by an earlier run still holds {}; stopping it", server.pid(), dataDir);
        // SIGTERM: PostgreSQL's smart shutdown; the dead owner's sessions are already gone, so it exits promptly.
        server.destroy();
        if (!exited(server, timeout)) {
            log.warn("PostgreSQL (pid {}) did not stop within {} s; killing it (the next start recovers from its WAL)",
                    server.pid(), timeout.toSeconds());
            server.destroyForcibly();
            exited(server, timeout);
        }
    }

    /** The process {@code postmaster.pid} names, if it is alive, a postgres and serving this very directory. */
    static Optional<ProcessHandle> livePostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve(PID_FILE);
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive);
        // A pid can be reused after a reboot: only a postgres serving this directory counts.
        boolean ours = process.flatMap(handle -> handle.info().command()).map(command -> command.endsWith("postgres"))
                .orElse(false)
                && sameDirectory(Path.of(lines.get(1).strip()), dataDir);
        return ours ? process : Optional.empty();
    }

    private static boolean sameDirectory(Path recorded, Path dataDir) throws IOException {
        return Files.exists(recorded) && Files.isSameFile(recorded, dataDir);
    }

    private static boolean ownerLockIsFree(Path dataDir) throws IOException {
        try (FileChannel channel = FileChannel.open(dataDir.resolve(OWNER_LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return false;
            }
            lock.release();
            return true;
        } catch (OverlappingFileLockException heldInThisJvm) {
            return false;
        }
    }

    private static boolean exited(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
