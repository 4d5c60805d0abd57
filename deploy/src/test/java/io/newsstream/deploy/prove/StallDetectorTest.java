package io.newsstream.deploy.prove;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StallDetectorTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void progressWithinTheLimitIsNoStall() {
        StallDetector detector = new StallDetector(Duration.ofSeconds(60));

        assertThat(detector.stalled(0, 0)).isFalse();
        assertThat(detector.stalled(5, 59 * SECOND)).isFalse();
        assertThat(detector.stalled(9, 118 * SECOND)).isFalse();
    }

    @Test
    void noProgressForLongerThanTheLimitIsAStall() {
        StallDetector detector = new StallDetector(Duration.ofSeconds(60));
        detector.stalled(7, 0);

        assertThat(detector.stalled(7, 60 * SECOND)).isFalse();
        assertThat(detector.stalled(7, 61 * SECOND)).isTrue();
        assertThat(detector.stillFor(61 * SECOND)).isEqualTo(Duration.ofSeconds(61));
    }

    @Test
    void progressAfterAPauseStartsTheClockAgain() {
        StallDetector detector = new StallDetector(Duration.ofSeconds(60));
        detector.stalled(1, 0);
        detector.stalled(1, 50 * SECOND);

        assertThat(detector.stalled(2, 55 * SECOND)).isFalse();
        assertThat(detector.stalled(2, 100 * SECOND)).isFalse();
        assertThat(detector.stalled(2, 116 * SECOND)).isTrue();
    }

    @Test
    void progressGoingBackIsNoProgress() {
        StallDetector detector = new StallDetector(Duration.ofSeconds(10));
        detector.stalled(10, 0);

        assertThat(detector.stalled(3, 11 * SECOND)).isTrue();
    }
}
