package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.http.Readiness;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedReadinessTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
    private final AtomicInteger checks = new AtomicInteger();
    private final Readiness cached = new CachedReadiness(
            () -> Readiness.Status.ready("check " + checks.incrementAndGet()), Duration.ofSeconds(5), clock);

    @Test
    void repeatsTheLastAnswerWithinTheInterval() {
        cached.check();
        clock.advance(Duration.ofSeconds(4));

        assertThat(cached.check().detail()).isEqualTo("check 1");
        assertThat(checks).hasValue(1);
    }

    @Test
    void asksAgainOnceTheIntervalHasPassed() {
        cached.check();
        clock.advance(Duration.ofSeconds(5));

        assertThat(cached.check().detail()).isEqualTo("check 2");
    }
}
