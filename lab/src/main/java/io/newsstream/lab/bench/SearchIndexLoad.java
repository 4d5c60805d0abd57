package io.newsstream.lab.bench;

import io.newsstream.sink.index.SearchIndex;
import java.sql.SQLException;

/** Runs the sink's search indexer batch after batch until nothing waits, as its rounds do, and times it. */
public final class SearchIndexLoad {

    private SearchIndexLoad() {
    }

    /**
     * @param waiting how many articles are expected to wait, to size the latency record
     * @return latencies per batch (one transaction each); articles counts those indexed
     */
    public static LoadResult run(String mode, SearchIndex index, int waiting, int batchSize) throws SQLException {
        LatencyRecorder latencies = new LatencyRecorder(waiting / batchSize + 2);
        int articles = 0;
        int batches = 0;
        long start = System.nanoTime();
        while (true) {
            long begun = System.nanoTime();
            int indexed = index.indexNext(batchSize);
            if (indexed == 0) {
                break;
            }
            latencies.record(System.nanoTime() - begun);
            articles += indexed;
            batches++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new LoadResult(mode, articles, batches, seconds, latencies, 0);
    }

    /** The rate of storing and indexing the same articles one after the other: the whole database cost of a write. */
    public static double storedAndIndexedPerSecond(LoadResult stored, LoadResult indexed) {
        return stored.articles() / (stored.seconds() + indexed.seconds());
    }
}
