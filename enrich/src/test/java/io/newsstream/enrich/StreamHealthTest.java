package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.http.Readiness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

class StreamHealthTest {

    private static final Instant START = Instant.parse("2025-05-06T07:00:00Z");

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final StreamHealth health = new StreamHealth(clock, Duration.ofMinutes(5));

    @Test
    void runningWithoutDeadThreadsIsReady() {
        assertThat(health.check(KafkaStreams.State.RUNNING)).isEqualTo(Readiness.Status.ready("streams RUNNING"));
    }

    @Test
    void aThreadThatKeepsDyingOnOneRecordKeepsTheServiceNotReadyThoughStreamsIsRunning() {
        for (int replacement = 0; replacement < 10; replacement++) {
            health.threadDied(new IllegalStateException("StackOverflowError in recordSendError"));
            clock.now = clock.now.plusSeconds(40);

            Readiness.Status status = health.check(KafkaStreams.State.RUNNING);
            assertThat(status.ready()).as("after death %d", replacement + 1).isFalse();
            assertThat(status.detail()).contains("a stream thread died at").contains("StackOverflowError");
        }
        assertThat(health.check(KafkaStreams.State.RUNNING).detail()).contains("(10 since start");
    }

    @Test
    void readyAgainOnceTheWindowAfterTheLastDeathHasPassed() {
        health.threadDied(new IllegalStateException("broker went away"));
        clock.now = clock.now.plus(Duration.ofMinutes(5)).minusSeconds(1);
        assertThat(health.check(KafkaStreams.State.RUNNING).ready()).isFalse();

        clock.now = clock.now.plusSeconds(1);
        assertThat(health.check(KafkaStreams.State.RUNNING).ready()).isTrue();
    }

    @Test
    void aStateOtherThanRunningIsNotReadyWhateverTheThreads() {
        assertThat(health.check(KafkaStreams.State.REBALANCING)).isEqualTo(Readiness.Status.notReady("streams REBALANCING"));
        assertThat(health.check(KafkaStreams.State.ERROR).ready()).isFalse();
    }

    @Test
    void aZeroWindowLooksAtTheStateOnly() {
        StreamHealth stateOnly = new StreamHealth(clock, Duration.ZERO);
        stateOnly.threadDied(new IllegalStateException("gone"));

        assertThat(stateOnly.check(KafkaStreams.State.RUNNING).ready()).isTrue();
    }
}
