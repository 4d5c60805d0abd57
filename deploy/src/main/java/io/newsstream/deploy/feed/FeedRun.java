package io.newsstream.deploy.feed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads article files and hands them to a sender in batches, keeping every article's outcome with its file and
 * line. The sender is ingest over HTTP, or the local validator for {@code --dry-run}.
 */
public final class FeedRun {

    /** Sends one batch of readable items and says what became of each. */
    @FunctionalInterface
    public interface BatchSender {
        List<FeedResult> send(List<FeedItem> batch) throws IngestClient.FeedException, InterruptedException;
    }

    /**
     * A batch is sent once it holds this many bytes of articles too: web pages are large, and ingest refuses a
     * request over {@code ingest.max.request.bytes} (10 MiB by default; JSON escaping can double a page).
     */
    static final long MAX_BATCH_BYTES = 4L * 1024 * 1024;

    private final BatchSender sender;
    private final int batchSize;
    private final ProgressBar progress;
    private final List<FeedResult> results = new ArrayList<>();
    private final List<FeedItem> pending = new ArrayList<>();
    private long bytesDone;
    private long pendingBytes;
    private long pendingArticleBytes;

    public FeedRun(BatchSender sender, int batchSize, ProgressBar progress) {
        this.sender = sender;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    /** Total bytes on disk of the files, for the progress bar's percentage and ETA. */
    public static long totalBytes(List<Path> files) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                // Unreadable files are reported when read; they add nothing to the total.
            }
        }
        return total;
    }

    public List<FeedResult> run(List<Path> files, Function<Path, List<FeedItem>> reader)
            throws IngestClient.FeedException, InterruptedException {
        for (Path file : files) {
            List<FeedItem> items = reader.apply(file);
            long fileBytes = sizeOnDisk(file);
            long itemBytes = items.stream().mapToLong(FeedItem::size).sum();
            for (FeedItem item : items) {
                // Progress counts bytes on disk, so gzipped files advance by their compressed share.
                long share = itemBytes == 0 ? 0 : fileBytes * item.size() / itemBytes;
                if (item.readable()) {
                    pending.add(item);
                    pendingBytes += share;
                    pendingArticleBytes += item.size();
                    if (pending.size() >= batchSize || pendingArticleBytes >= MAX_BATCH_BYTES) {
                        flush();
                    }
                } else {
                    results.add(FeedResult.rejected(item, item.problem()));
                    bytesDone += share;
                }
            }
            if (items.isEmpty()) {
                bytesDone += fileBytes;
            }
        }
        flush();
        progress.finish(results.size(), bytesDone, System.nanoTime());
        return results;
    }

    /** The outcomes known so far: everything once {@link #run} returned, what was answered if it threw. */
    public List<FeedResult> resultsSoFar() {
        return List.copyOf(results);
    }

    private void flush() throws IngestClient.FeedException, InterruptedException {
        if (!pending.isEmpty()) {
            results.addAll(sender.send(List.copyOf(pending)));
            bytesDone += pendingBytes;
            pending.clear();
            pendingBytes = 0;
            pendingArticleBytes = 0;
        }
        progress.update(results.size(), bytesDone, System.nanoTime());
    }

    private static long sizeOnDisk(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
