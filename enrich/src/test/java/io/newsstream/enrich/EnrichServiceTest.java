package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.newsstream.core.config.Settings;
import io.newsstream.core.http.Readiness;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/** What the service does without a broker; running against Kafka is covered by the end-to-end test in deploy. */
class EnrichServiceTest {

    private final EnrichService service = new EnrichService(EnrichConfig.from(Settings.of(EnrichConfig.DEFAULTS)));

    @Test
    void notReadyBeforeStart() {
        Readiness.Status status = service.readiness();

        assertThat(status.ready()).isFalse();
        assertThat(status.detail()).isEqualTo("not started");
    }

    @Test
    void readyOnlyWhileStreamsIsRunning() {
        assertThat(StreamHealth.readinessOf(KafkaStreams.State.RUNNING).ready()).isTrue();
        for (KafkaStreams.State state : KafkaStreams.State.values()) {
            if (state != KafkaStreams.State.RUNNING) {
                assertThat(StreamHealth.readinessOf(state))
                        .as("state %s", state)
                        .isEqualTo(Readiness.Status.notReady("streams " + state));
            }
        }
    }

    @Test
    void closeIsSafeBeforeStartAndWhenRepeated() {
        assertThatCode(() -> {
            service.close();
            service.close();
        }).doesNotThrowAnyException();
        assertThat(service.httpPort()).isEqualTo(-1);
    }
}
