package io.newsstream.core.http;

import java.time.Duration;

/**
 * The histogram buckets of newsstream's latency timers. Fixed buckets (not client-side percentiles) so that
 * Prometheus can aggregate percentiles across instances with {@code histogram_quantile}; each set spans what the
 * measured operation takes on a healthy pipeline up to the point where an alert should already have fired.
 */
public final class LatencyBuckets {

    /** One HTTP request, answered after Kafka acknowledged it (ingest) or after a database query (sink). */
    public static final Duration[] REQUEST = millis(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000);

    /** One article through the enrichment steps: about 2 ms on average, more for long texts. */
    public static final Duration[] ARTICLE_STEP = millis(1, 2, 5, 10, 25, 50, 100, 250, 1_000);

    /** One database transaction of the sink, up to a poll batch of 500 articles. */
    public static final Duration[] BATCH = millis(10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 30_000);

    /** From ingest's receipt to the sink's commit: the pipeline's end-to-end latency. */
    public static final Duration[] END_TO_END = millis(50, 100, 250, 500, 1_000, 2_000, 5_000, 10_000, 30_000, 60_000);

    private LatencyBuckets() {
    }

    private static Duration[] millis(long... bounds) {
        Duration[] durations = new Duration[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            durations[i] = Duration.ofMillis(bounds[i]);
        }
        return durations;
    }
}
