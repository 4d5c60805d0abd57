package io.newsstream.sink.consume;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.core.http.LatencyBuckets;
import java.time.Duration;

/** The sink's write-side meters: articles and batches stored, write latency, dead letters, retries. */
public final class WriteMetrics {

    private final Counter articlesWritten;
    private final Counter batchesWritten;
    private final Timer batchWrite;
    private final Counter deadLetters;
    private final Counter retries;

    public WriteMetrics(MeterRegistry registry) {
        articlesWritten = Counter.builder("newsstream.sink.articles.written")
                .description("Articles upserted into the database")
                .register(registry);
        batchesWritten = Counter.builder("newsstream.sink.batches.written")
                .description("Poll batches stored and committed")
                .register(registry);
        batchWrite = Timer.builder("newsstream.sink.batch.write")
                .description("Time to store one poll batch, dead letters included")
                .serviceLevelObjectives(LatencyBuckets.BATCH)
                .register(registry);
        deadLetters = Counter.builder("newsstream.sink.dead.letters")
                .description("Records sent to the dead-letter topic because they could not be stored")
                .register(registry);
        retries = Counter.builder("newsstream.sink.write.retries")
                .description("Failed batch writes that are retried after a backoff")
                .register(registry);
    }

    void batchStored(BatchOutcome outcome, Duration took) {
        articlesWritten.increment(outcome.written());
        deadLetters.increment(outcome.deadLetters().size());
        batchesWritten.increment();
        batchWrite.record(took);
    }

    void retried() {
        retries.increment();
    }
}
