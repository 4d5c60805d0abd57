package io.newsstream.sink.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.sink.index.SearchIndex.IndexLag;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the full-text index up with the store on a thread of its own: every poll interval it indexes batch after
 * batch until none is left waiting, then measures the lag, which it exports as gauges. A failed round is logged and
 * counted and the next round starts over from the index itself, so nothing is lost to a failure or a restart.
 */
public final class SearchIndexer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);
    // A batch in progress is left to finish: it is one short transaction.
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final SearchIndex index;
    private final int batchSize;
    private final Clock clock;
    private final Counter indexed;
    private final Counter failures;
    private final ScheduledExecutorService thread;
    private volatile IndexLag lag = IndexLag.NONE;
    private volatile boolean closing;
    // Only the indexer's thread reads and writes it.
    private boolean failing;

    private SearchIndexer(SearchIndex index, int batchSize, MeterRegistry registry, Clock clock) {
        this.index = index;
        this.batchSize = batchSize;
        this.clock = clock;
        indexed = Counter.builder("newsstream.sink.articles.indexed")
                .description("Articles whose search vector the indexer computed (new or written again)")
                .register(registry);
        failures = Counter.builder("newsstream.sink.index.failures")
                .description("Indexing rounds that failed and are retried at the next poll")
                .register(registry);
        Gauge.builder("newsstream.sink.index.waiting", this, indexer -> indexer.lag.waiting())
                .description("Stored articles not yet searchable as stored, at the indexer's latest look")
                .baseUnit("articles")
                .strongReference(true)
                .register(registry);
        Gauge.builder("newsstream.sink.index.oldest.waiting", this, SearchIndexer::oldestWaitingSeconds)
                .description("How long the longest-waiting stored article has waited to be searchable")
                .baseUnit("seconds")
                .strongReference(true)
                .register(registry);
        thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread indexer = new Thread(runnable, "sink-search-indexer");
            indexer.setDaemon(true);
            return indexer;
        });
    }

    /** Starts indexing every {@code pollInterval}, {@code batchSize} articles per transaction. */
    public static SearchIndexer start(SearchIndex index, int batchSize, Duration pollInterval, MeterRegistry registry,
                                      Clock clock) {
        SearchIndexer indexer = new SearchIndexer(index, batchSize, registry, clock);
        indexer.thread.scheduleWithFixedDelay(indexer::round, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        return indexer;
    }

    private void round() {
        try {
            int batch;
            do {
                batch = index.indexNext(batchSize);
                indexed.increment(batch);
                lag = index.lag();
            } while (batch == batchSize && !closing);
            if (failing) {
                failing = false;
                log.info("search indexing works again");
            }
        } catch (SQLException | RuntimeException e) {
            // Never thrown on: the executor would stop scheduling this task.
            failures.increment();
            // Once per outage, not every poll interval; the failure counter counts them all.
            if (!failing) {
                failing = true;
                log.warn("search indexing failed, retrying every poll interval: {}", e.getMessage());
            }
        }
    }

    // Grows while the indexer is stuck, from the last measurement, so a stalled indexer shows.
    private double oldestWaitingSeconds() {
        Instant since = lag.oldestWaitingSince();
        return since == null ? 0 : Math.max(0, Duration.between(since, clock.instant()).toMillis() / 1000.0);
    }

    @Override
    public void close() {
        closing = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("the search indexer did not stop within {}", CLOSE_WAIT);
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
