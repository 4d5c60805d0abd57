package io.newsstream.sink.query;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.core.http.LatencyBuckets;
import java.time.Duration;

/**
 * Query latency per endpoint and answer: {@code newsstream_sink_query_seconds{endpoint,status}}, both tags from fixed
 * few values, so the query API's error rate is the share of {@code status=~"5.."}.
 */
public final class QueryMetrics {

    private final MeterRegistry registry;

    public QueryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * @param endpoint a name fixed in code (e.g. {@code articles}), never taken from the request
     * @param status the HTTP status the query was answered with (200, 400, 503, or 500 for an unexpected failure)
     */
    public void record(String endpoint, int status, Duration took) {
        Timer.builder("newsstream.sink.query")
                .description("Time to answer a query, by endpoint and HTTP status")
                .tag("endpoint", endpoint)
                .tag("status", Integer.toString(status))
                .serviceLevelObjectives(LatencyBuckets.REQUEST)
                .register(registry)
                .record(took);
    }
}
