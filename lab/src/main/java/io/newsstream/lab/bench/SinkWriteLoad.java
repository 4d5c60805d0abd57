package io.newsstream.lab.bench;

import io.newsstream.core.article.EnrichedArticle;
import java.sql.SQLException;
import java.util.List;

/** Writes articles batch after batch with one {@link BatchWriter}, one thread like the sink's consumer, and times it. */
public final class SinkWriteLoad {

    private SinkWriteLoad() {
    }

    /** The result's latencies are per batch (one transaction each). */
    public static LoadResult run(String mode, List<EnrichedArticle> articles, int batchSize, BatchWriter writer)
            throws SQLException {
        int batches = (articles.size() + batchSize - 1) / batchSize;
        LatencyRecorder latencies = new LatencyRecorder(batches);
        long start = System.nanoTime();
        for (int from = 0; from < articles.size(); from += batchSize) {
            long sent = System.nanoTime();
            writer.write(articles.subList(from, Math.min(articles.size(), from + batchSize)));
            latencies.record(System.nanoTime() - sent);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadResult(mode, articles.size(), batches, seconds, latencies, 0);
    }
}
