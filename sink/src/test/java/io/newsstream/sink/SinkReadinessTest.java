package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.http.Readiness;
import io.newsstream.sink.consume.ArticleConsumer.State;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SinkReadinessTest {

    private static final Optional<String> DATABASE_ANSWERS = Optional.empty();

    @Test
    void readyWhenTheDatabaseAnswersAndTheConsumerPollsInItsGroup() {
        Readiness.Status status = SinkReadiness.of(DATABASE_ANSWERS, State.POLLING, true, 3, "");

        assertThat(status.ready()).isTrue();
        assertThat(status.detail()).contains("3 partitions assigned");
    }

    @Test
    void aMemberWithoutPartitionsIsStillReadyToServeQueries() {
        assertThat(SinkReadiness.of(DATABASE_ANSWERS, State.POLLING, true, 0, "").ready()).isTrue();
    }

    @Test
    void notReadyBeforeTheConsumerHasJoinedItsGroup() {
        Readiness.Status status = SinkReadiness.of(DATABASE_ANSWERS, State.POLLING, false, 0, "");

        assertThat(status.ready()).isFalse();
        assertThat(status.detail()).isEqualTo("consumer has not joined its group yet");
    }

    @Test
    void notReadyWhenTheDatabaseDoesNotAnswerWhateverTheConsumerDoes() {
        Readiness.Status status = SinkReadiness.of(Optional.of("database unreachable: connection refused"),
                State.POLLING, true, 3, "");

        assertThat(status.ready()).isFalse();
        assertThat(status.detail()).isEqualTo("database unreachable: connection refused");
    }

    @Test
    void notReadyWhileRetryingStartingOrAfterTheLoopStopped() {
        assertThat(SinkReadiness.of(DATABASE_ANSWERS, State.STARTING, false, 0, "").ready()).isFalse();
        assertThat(SinkReadiness.of(DATABASE_ANSWERS, State.RETRYING, true, 3, "").detail())
                .isEqualTo("consumer is retrying a failed batch write");
        assertThat(SinkReadiness.of(DATABASE_ANSWERS, State.FAILED, true, 3, "KafkaException: fenced").detail())
                .isEqualTo("consumer stopped: KafkaException: fenced");
        assertThat(SinkReadiness.of(DATABASE_ANSWERS, State.STOPPED, true, 3, "").ready()).isFalse();
    }
}
