package io.newsstream.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    private static LatencyRecorder millis(long... values) {
        LatencyRecorder recorder = new LatencyRecorder(values.length);
        for (long value : values) {
            recorder.record(value * 1_000_000);
        }
        return recorder;
    }

    @Test
    void percentilesAreNearestRankOverTheSortedValues() {
        LatencyRecorder recorder = millis(50, 10, 40, 20, 30, 100, 90, 80, 70, 60);

        assertThat(recorder.percentileMillis(0.50)).isEqualTo(50.0);
        assertThat(recorder.percentileMillis(0.90)).isEqualTo(90.0);
        assertThat(recorder.percentileMillis(0.99)).isEqualTo(100.0);
        assertThat(recorder.percentileMillis(1.0)).as("the maximum").isEqualTo(100.0);
        assertThat(recorder.percentileMillis(0.0)).as("the minimum").isEqualTo(10.0);
    }

    @Test
    void valuesBeyondTheCapacityAreNotCounted() {
        LatencyRecorder recorder = new LatencyRecorder(2);
        recorder.record(1_000_000);
        recorder.record(2_000_000);
        recorder.record(9_000_000);

        assertThat(recorder.count()).isEqualTo(2);
        assertThat(recorder.percentileMillis(1.0)).isEqualTo(2.0);
    }

    @Test
    void anEmptyRecorderHasNoPercentiles() {
        assertThat(new LatencyRecorder(4).percentileMillis(0.5)).isNaN();
    }
}
