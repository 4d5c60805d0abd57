package io.newsstream.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.core.article.Channel;

/**
 * The ingest meters: {@code newsstream_ingest_articles_total{channel,outcome,reason}} and the request latency
 * {@code newsstream_ingest_request_duration_seconds{status}}. Every tag comes from a small fixed set.
 */
public final class IngestMetrics {

    static final String ARTICLES = "newsstream.ingest.articles";
    static final String REQUEST_DURATION = "newsstream.ingest.request.duration";
    private static final String NO_REASON = "none";

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front so dashboards see zeros instead of missing series.
        articles(Channel.HTTP, "accepted", NO_REASON);
        for (RejectionReason reason : RejectionReason.values()) {
            articles(Channel.HTTP, "rejected", reason.tag());
        }
    }

    public void accepted(Channel channel, int count) {
        articles(channel, "accepted", NO_REASON).increment(count);
    }

    public void rejected(Channel channel, RejectionReason reason) {
        articles(channel, "rejected", reason.tag()).increment();
    }

    /** The timer of requests answered with {@code status}. */
    public Timer requestTimer(int status) {
        return Timer.builder(REQUEST_DURATION)
                .description("Time from receiving an ingest request to answering it")
                .tag("status", String.valueOf(status))
                .register(registry);
    }

    private Counter articles(Channel channel, String outcome, String reason) {
        return Counter.builder(ARTICLES)
                .description("Articles received, by how they arrived and whether they were accepted")
                .tag("channel", channel.wireName())
                .tag("outcome", outcome)
                .tag("reason", reason)
                .register(registry);
    }
}
