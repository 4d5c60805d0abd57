package io.newsstream.sink.consume;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.core.http.LatencyBuckets;
import io.newsstream.sink.store.StoredArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code newsstream_sink_end_to_end_seconds}: from an article's {@code receivedAt} (ingest) to its commit in the
 * database, as a histogram with fixed service-level buckets so percentiles can be aggregated across instances.
 */
public final class EndToEndLatency implements StoredArticlesListener {

    private final Timer timer;
    private final Clock clock;

    public EndToEndLatency(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.timer = Timer.builder("newsstream.sink.end.to.end")
                .description("Time from receipt by ingest to storage by the sink")
                .serviceLevelObjectives(LatencyBuckets.END_TO_END)
                .register(registry);
    }

    @Override
    public void stored(List<StoredArticle> articles) {
        Instant now = clock.instant();
        for (StoredArticle stored : articles) {
            Duration latency = Duration.between(stored.article().receivedAt(), now);
            // A re-stored old article or a skewed clock says nothing about the pipeline's latency.
            if (!latency.isNegative()) {
                timer.record(latency);
            }
        }
    }
}
