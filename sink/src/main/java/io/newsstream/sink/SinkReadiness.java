package io.newsstream.sink;

import io.newsstream.core.http.Readiness;
import io.newsstream.sink.consume.ArticleConsumer;
import java.util.Optional;

/**
 * When the sink is ready: the database answers, and the consumer has joined its group and is polling (not retrying
 * a failed write, not stopped). A member without partitions (more sinks than partitions) is ready: it serves
 * queries and takes partitions over when another member leaves.
 */
final class SinkReadiness {

    private SinkReadiness() {
    }

    /**
     * @param databaseProblem why the database does not answer, empty when it does
     * @param failure why the consumer stopped, read when {@code state} is FAILED
     */
    static Readiness.Status of(Optional<String> databaseProblem, ArticleConsumer.State state, boolean joinedGroup,
                               int assignedPartitions, String failure) {
        if (databaseProblem.isPresent()) {
            return Readiness.Status.notReady(databaseProblem.get());
        }
        return switch (state) {
            case STARTING -> Readiness.Status.notReady("consumer has not polled yet");
            case POLLING -> joinedGroup
                    ? Readiness.Status.ready("database answers; consumer in its group with " + assignedPartitions
                            + " partitions assigned")
                    : Readiness.Status.notReady("consumer has not joined its group yet");
            case RETRYING -> Readiness.Status.notReady("consumer is retrying a failed batch write");
            case FAILED -> Readiness.Status.notReady("consumer stopped: " + failure);
            case STOPPED -> Readiness.Status.notReady("consumer stopped");
        };
    }
}
