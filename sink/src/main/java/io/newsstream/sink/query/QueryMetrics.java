package io.newsstream.sink.query;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.core.http.LatencyBuckets;
import java.time.Duration;

/** Query latency per endpoint: {@code newsstream_sink_query_seconds{endpoint}}, the tag one of a fixed few names. */
public final class QueryMetrics {

    private final MeterRegistry registry;

    public QueryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param endpoint a name fixed in code (e.g. {@code articles}), never taken from the request */
    public void record(String endpoint, Duration took) {
        Timer.builder("newsstream.sink.query")
                .description("Time to answer a query, by endpoint")
                .tag("endpoint", endpoint)
                .serviceLevelObjectives(LatencyBuckets.REQUEST)
                .register(registry)
                .record(took);
    }
}
