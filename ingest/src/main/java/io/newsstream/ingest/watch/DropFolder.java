package io.newsstream.ingest.watch;

import io.newsstream.core.article.Channel;
import io.newsstream.ingest.ArticleIngestor;
import io.newsstream.ingest.IngestResult;
import io.newsstream.ingest.KafkaUnavailableException;
import io.newsstream.ingest.ReadSubmission;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A folder whose files become articles: each file that stopped growing is read, sent through the
 * {@link ArticleIngestor} and, once Kafka acknowledged its articles, moved to {@code done/}, or to {@code failed/}
 * with a {@code NAME.error} file listing each rejected line. A file still in the folder is sent again at the next
 * scan or after a restart; stable ids make that resend harmless.
 */
public final class DropFolder {

    public static final String DONE = "done";
    public static final String FAILED = "failed";
    /** The largest file read, once decompressed; a file is held in memory while its articles are sent. */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
    static final String ERROR_SUFFIX = ".error";
    // Articles per call to the ingestor: one send deadline covers one chunk, not a whole bulk file.
    static final int CHUNK = 500;
    private static final Logger log = LoggerFactory.getLogger(DropFolder.class);

    private final Path dir;
    private final Path done;
    private final Path failed;
    private final DroppedFileReader reader;
    private final ArticleIngestor ingestor;
    // Size and modification time at the previous scan: a file is read only once both stay the same.
    private final Map<Path, Observation> lastSeen = new HashMap<>();

    /** Creates the folder and its {@code done/} and {@code failed/} folders when missing. */
    public DropFolder(Path dir, ArticleIngestor ingestor, int maxFileBytes) {
        this.dir = dir;
        this.done = dir.resolve(DONE);
        this.failed = dir.resolve(FAILED);
        this.reader = new DroppedFileReader(maxFileBytes);
        this.ingestor = ingestor;
        try {
            Files.createDirectories(done);
            Files.createDirectories(failed);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create drop folder " + dir + ": " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Whether files were seen that are not handled yet, so another scan is due soon. */
    public synchronized boolean waiting() {
        return !lastSeen.isEmpty();
    }

    /**
     * Handles every file that has not changed since the previous scan, oldest first. A file seen for the first time
     * waits for the next scan, so a file still being written is never read half-way.
     *
     * @return the files moved to {@code done/} or {@code failed/}
     * @throws KafkaUnavailableException when Kafka cannot take the articles now; the file stays for the next scan
     */
    public synchronized int scan() throws IOException, KafkaUnavailableException {
        List<Candidate> ready = new ArrayList<>();
        Map<Path, Observation> seenNow = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                // Writers often create a hidden or .part/.tmp file and rename it when complete.
                if (name.startsWith(".") || name.endsWith(".part") || name.endsWith(".tmp") || name.endsWith(ERROR_SUFFIX)) {
                    continue;
                }
                BasicFileAttributes attributes;
                try {
                    attributes = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException vanished) {
                    continue;
                }
                if (!attributes.isRegularFile()) {
                    continue;
                }
                Observation now = new Observation(attributes.size(), attributes.lastModifiedTime());
                seenNow.put(file, now);
                if (now.equals(lastSeen.get(file))) {
                    ready.add(new Candidate(file, now.modified()));
                }
            }
        }
        lastSeen.clear();
        lastSeen.putAll(seenNow);
        ready.sort(Comparator.comparing(Candidate::modified).thenComparing(c -> c.file().getFileName().toString()));
        int handled = 0;
        for (Candidate candidate : ready) {
            handle(candidate.file());
            lastSeen.remove(candidate.file());
            handled++;
        }
        return handled;
    }

    private void handle(Path file) throws IOException, KafkaUnavailableException {
        List<ReadSubmission> submissions;
        try {
            submissions = reader.read(file);
        } catch (DroppedFileReader.UnreadableFileException e) {
            moveToFailed(file, List.of(e.getMessage()), 0);
            return;
        }
        List<String> rejections = new ArrayList<>();
        int accepted = 0;
        for (int from = 0; from < submissions.size(); from += CHUNK) {
            IngestResult result = ingestor.ingest(submissions.subList(from, Math.min(submissions.size(), from + CHUNK)), Channel.FILE);
            accepted += result.accepted().size();
            result.rejected().forEach(r -> rejections.add("line " + r.line() + ": " + r.rejection().message()));
        }
        if (submissions.isEmpty()) {
            rejections.add("no article in the file");
        }
        if (rejections.isEmpty()) {
            move(file, done);
            log.info("{}: {} article(s) accepted", file.getFileName(), accepted);
        } else {
            moveToFailed(file, rejections, accepted);
        }
    }

    private void moveToFailed(Path file, List<String> reasons, int accepted) throws IOException {
        Path moved = move(file, failed);
        List<String> lines = new ArrayList<>();
        lines.add("# " + file.getFileName() + ": " + accepted + " article(s) accepted (kept, with stable ids: fix the lines"
                + " below and drop the whole file again), " + reasons.size() + " problem(s):");
        lines.addAll(reasons);
        Files.write(failed.resolve(moved.getFileName() + ERROR_SUFFIX), lines, StandardCharsets.UTF_8);
        log.warn("{}: {} problem(s), moved to {} (first: {})", file.getFileName(), reasons.size(), failed, reasons.get(0));
    }

    /** Moves a file into {@code target}, never over an earlier file of the same name. */
    private static Path move(Path file, Path target) throws IOException {
        String name = file.getFileName().toString();
        // The number goes before the extensions, so a renamed file keeps its type: news.ndjson.gz -> news-1.ndjson.gz.
        int dot = name.indexOf('.', 1);
        String stem = dot < 0 ? name : name.substring(0, dot);
        String extensions = dot < 0 ? "" : name.substring(dot);
        Path destination = target.resolve(name);
        for (int i = 1; Files.exists(destination); i++) {
            destination = target.resolve(stem + "-" + i + extensions);
        }
        return Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
    }

    private record Observation(long size, FileTime modified) {
    }

    private record Candidate(Path file, FileTime modified) {
    }
}
