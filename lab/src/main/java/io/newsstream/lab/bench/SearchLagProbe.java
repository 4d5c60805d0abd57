package io.newsstream.lab.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.index.SearchIndex;
import io.newsstream.sink.index.SearchIndexer;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.store.StoredArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * What a client sees of the search lag: articles are written at a steady rate while the sink's indexer runs with its
 * default settings, and for each committed batch the time until its last article is indexed is recorded (a watcher
 * reads the index's high-water mark every few milliseconds, as a client would search again and again).
 */
public final class SearchLagProbe {

    private static final String INDEXED_UP_TO = "SELECT COALESCE(max(indexed_seq), 0) FROM article_search";
    private static final long WATCH_NANOS = Duration.ofMillis(5).toNanos();

    /** A committed batch: the highest sequence it took, and when the commit returned. */
    private record Committed(long sequence, long atNanos) {
    }

    private SearchLagProbe() {
    }

    /**
     * Writes {@code articles} in batches of {@code batchSize} every {@code interval}.
     *
     * @return per batch, from its commit to its last article being searchable
     */
    public static LatencyRecorder run(DataSource dataSource, List<EnrichedArticle> articles, int batchSize,
                                      Duration interval) throws SQLException, InterruptedException {
        ArticleStore store = new ArticleStore(dataSource);
        int batches = (articles.size() + batchSize - 1) / batchSize;
        LatencyRecorder lags = new LatencyRecorder(batches);
        ConcurrentLinkedQueue<Committed> waiting = new ConcurrentLinkedQueue<>();
        Thread watcher = new Thread(() -> watch(dataSource, waiting, lags, batches), "search-lag-watcher");
        SinkConfig defaults = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of()));
        try (SearchIndexer indexer = SearchIndexer.start(new SearchIndex(dataSource), defaults.indexBatchSize(),
                defaults.indexPollInterval(), new SimpleMeterRegistry(), Clock.systemUTC())) {
            watcher.start();
            long start = System.nanoTime();
            for (int i = 0; i < batches; i++) {
                LockSupport.parkNanos(start + i * interval.toNanos() - System.nanoTime());
                List<StoredArticle> stored = store.upsert(
                        articles.subList(i * batchSize, Math.min(articles.size(), (i + 1) * batchSize)));
                waiting.add(new Committed(stored.get(stored.size() - 1).sequence(), System.nanoTime()));
            }
            watcher.join(Duration.ofMinutes(2).toMillis());
        } finally {
            watcher.interrupt();
        }
        return lags;
    }

    private static void watch(DataSource dataSource, ConcurrentLinkedQueue<Committed> waiting, LatencyRecorder lags,
                              int batches) {
        int seen = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(INDEXED_UP_TO)) {
            while (seen < batches && !Thread.currentThread().isInterrupted()) {
                long indexedUpTo;
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    indexedUpTo = row.getLong(1);
                }
                long now = System.nanoTime();
                while (!waiting.isEmpty() && waiting.peek().sequence() <= indexedUpTo) {
                    lags.record(now - waiting.poll().atNanos());
                    seen++;
                }
                LockSupport.parkNanos(WATCH_NANOS);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the search index's progress", e);
        }
    }
}
