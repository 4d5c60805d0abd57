package io.newsstream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackoffAndRetryAfterTest {

    private static final Duration SHORT_INTERVAL = Duration.ofSeconds(10);

    @Test
    void backoffDoublesWithEachFailureAndIsCappedAtAnHour() {
        Backoff highestJitter = new Backoff(() -> 0.999_999);

        assertThat(highestJitter.after(1, SHORT_INTERVAL)).isBetween(Duration.ofSeconds(59), Duration.ofMinutes(1));
        assertThat(highestJitter.after(3, SHORT_INTERVAL)).isBetween(Duration.ofSeconds(239), Duration.ofMinutes(4));
        assertThat(highestJitter.after(50, SHORT_INTERVAL)).isBetween(Duration.ofMinutes(59), Duration.ofHours(1));
    }

    @Test
    void jitterSpreadsTheWaitOverItsUpperHalf() {
        assertThat(new Backoff(() -> 0.0).after(2, SHORT_INTERVAL)).isEqualTo(Duration.ofMinutes(1));
        assertThat(new Backoff(() -> 0.5).after(2, SHORT_INTERVAL)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void backoffNeverPollsAFailingFeedMoreOftenThanAHealthyOne() {
        assertThat(new Backoff(() -> 0.0).after(1, Duration.ofMinutes(10))).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void retryAfterReadsSecondsAndHttpDates() {
        Instant now = Instant.parse("2025-03-03T08:00:00Z");

        assertThat(RetryAfter.parse("120", now)).contains(Duration.ofMinutes(2));
        assertThat(RetryAfter.parse("Mon, 03 Mar 2025 08:30:00 GMT", now)).contains(Duration.ofMinutes(30));
        assertThat(RetryAfter.parse("Mon, 03 Mar 2025 07:00:00 GMT", now)).contains(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isEmpty();
        assertThat(RetryAfter.parse(null, now)).isEmpty();
    }
}
