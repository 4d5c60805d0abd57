package io.newsstream.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsstream.core.article.Channel;
import io.newsstream.core.http.BearerTokens;
import io.newsstream.core.http.LatencyBuckets;

/**
 * The ingest meters: {@code newsstream_ingest_articles_total{channel,outcome,reason}}, the request latency
 * {@code newsstream_ingest_request_duration_seconds{status}}, the articles per request
 * {@code newsstream_ingest_batch_articles} and the refused credentials
 * {@code newsstream_ingest_unauthorized_requests_total{reason}}. Every tag comes from a small fixed set.
 */
public final class IngestMetrics {

    static final String ARTICLES = "newsstream.ingest.articles";
    static final String REQUEST_DURATION = "newsstream.ingest.request.duration";
    static final String BATCH_ARTICLES = "newsstream.ingest.batch.articles";
    static final String UNAUTHORIZED = "newsstream.ingest.unauthorized.requests";
    private static final String NO_REASON = "none";
    // Single articles, small scripted batches, bulk loads and the default batch limit.
    private static final double[] BATCH_BUCKETS = {1, 10, 50, 100, 250, 500, 1000};

    private final MeterRegistry registry;
    private final DistributionSummary batchArticles;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        // Registered up front so dashboards see zeros instead of missing series.
        articles(Channel.HTTP, "accepted", NO_REASON);
        for (RejectionReason reason : RejectionReason.values()) {
            articles(Channel.HTTP, "rejected", reason.tag());
        }
        for (BearerTokens.Verdict verdict : BearerTokens.Verdict.values()) {
            if (verdict != BearerTokens.Verdict.GRANTED) {
                unauthorizedCounter(verdict);
            }
        }
        batchArticles = DistributionSummary.builder(BATCH_ARTICLES)
                .description("Articles per ingest request that was read, whether accepted or rejected")
                .serviceLevelObjectives(BATCH_BUCKETS)
                .register(registry);
    }

    public void accepted(Channel channel, int count) {
        articles(channel, "accepted", NO_REASON).increment(count);
    }

    public void rejected(Channel channel, RejectionReason reason) {
        articles(channel, "rejected", reason.tag()).increment();
    }

    /** A request refused as a whole (too large, too many articles, bad gzip); counted once, as one rejection. */
    public void refused(Channel channel, RejectionReason reason) {
        rejected(channel, reason);
    }

    /** The number of articles one request held. */
    public void batchSize(int articles) {
        batchArticles.record(articles);
    }

    /** A request refused for its credentials. */
    public void unauthorized(BearerTokens.Verdict verdict) {
        unauthorizedCounter(verdict).increment();
    }

    /** The timer of requests answered with {@code status}. */
    public Timer requestTimer(int status) {
        return Timer.builder(REQUEST_DURATION)
                .description("Time from receiving an ingest request to answering it")
                .tag("status", String.valueOf(status))
                .serviceLevelObjectives(LatencyBuckets.REQUEST)
                .register(registry);
    }

    private Counter unauthorizedCounter(BearerTokens.Verdict verdict) {
        return Counter.builder(UNAUTHORIZED)
                .description("Ingest requests refused with 401, by what was wrong with the credentials")
                .tag("reason", verdict.tag())
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
