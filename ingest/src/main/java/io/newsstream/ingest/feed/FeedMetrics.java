package io.newsstream.ingest.feed;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feed meters: {@code newsstream_ingest_feed_polls_total{outcome}} and
 * {@code newsstream_ingest_feed_newest_item_age_seconds}, the age of the newest item of the stalest feed (NaN until
 * a feed with dated items was read). No tag names a feed, so the series stay few however many feeds are polled.
 */
public final class FeedMetrics {

    static final String POLLS = "newsstream.ingest.feed.polls";
    static final String NEWEST_ITEM_AGE = "newsstream.ingest.feed.newest.item.age";

    private final Map<PollOutcome, Counter> polls = new EnumMap<>(PollOutcome.class);
    private final Map<String, Instant> newestItemAt = new ConcurrentHashMap<>();
    private final Clock clock;

    public FeedMetrics(MeterRegistry registry, Clock clock) {
        this.clock = clock;
        for (PollOutcome outcome : PollOutcome.values()) {
            polls.put(outcome, Counter.builder(POLLS)
                    .description("Feed polls, by how they ended")
                    .tag("outcome", outcome.tag())
                    .register(registry));
        }
        Gauge.builder(NEWEST_ITEM_AGE, this, FeedMetrics::stalestFeedAgeSeconds)
                .description("Age of the newest item of the feed that has gone longest without one")
                .baseUnit("seconds")
                .register(registry);
    }

    void poll(PollOutcome outcome) {
        polls.get(outcome).increment();
    }

    void newestItem(String feed, Instant at) {
        if (at != null) {
            newestItemAt.merge(feed, at, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    double stalestFeedAgeSeconds() {
        Instant now = clock.instant();
        return newestItemAt.values().stream()
                .mapToDouble(at -> Math.max(0, Duration.between(at, now).toMillis() / 1000.0))
                .max()
                .orElse(Double.NaN);
    }
}
