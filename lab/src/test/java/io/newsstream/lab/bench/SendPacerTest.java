package io.newsstream.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SendPacerTest {

    private static final long MS = 1_000_000;

    @Test
    void sendsAreEvenlySpacedAtTheRate() {
        SendPacer pacer = new SendPacer(200, 10 * MS);

        assertThat(pacer.dueNanos(0)).isZero();
        assertThat(pacer.dueNanos(1)).isEqualTo(5 * MS);
        assertThat(pacer.dueNanos(200)).isEqualTo(1_000 * MS);
    }

    @Test
    void fractionalIntervalsDoNotDriftOverALongRun() {
        SendPacer pacer = new SendPacer(3, 0);

        assertThat(pacer.dueNanos(1)).isEqualTo(333_333_333L);
        assertThat(pacer.dueNanos(3_000)).isEqualTo(1_000_000_000_000L);
    }

    @Test
    void aRunHoldsRateTimesSecondsSends() {
        assertThat(new SendPacer(200, 0).sends(20)).isEqualTo(4_000);
        assertThat(new SendPacer(7.5, 0).sends(1.9)).isEqualTo(14);
    }

    @Test
    void aSendIsLateOnlyBeyondTheAllowedLateness() {
        SendPacer pacer = new SendPacer(100, 5 * MS);

        assertThat(pacer.isLate(10, 100 * MS)).isFalse();
        assertThat(pacer.isLate(10, 105 * MS)).isFalse();
        assertThat(pacer.isLate(10, 105 * MS + 1)).isTrue();
        assertThat(pacer.isLate(10, 90 * MS)).as("early is not late").isFalse();
    }

    @Test
    void rejectsARateThatIsNotPositive() {
        assertThatThrownBy(() -> new SendPacer(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SendPacer(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
