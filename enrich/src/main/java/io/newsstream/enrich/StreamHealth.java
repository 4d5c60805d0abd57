package io.newsstream.enrich;

import io.newsstream.core.http.Readiness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Says whether enrich is really enriching: Kafka Streams is RUNNING and no stream thread has died lately. A thread
 * that dies is replaced and Streams is soon RUNNING again, so the state alone would report ready while one record
 * kills every replacement and nothing moves; a death within the failure window makes the service not ready.
 */
final class StreamHealth {

    /** The reason of a death, as shown in the readiness detail, is cut here. */
    private static final int MAX_CAUSE_CHARS = 300;

    private final Clock clock;
    private final Duration failureWindow;
    private final AtomicLong deaths = new AtomicLong();
    private volatile Instant lastDeath;
    private volatile String lastCause;

    /** @param failureWindow how long after a stream thread died the service stays not ready; zero turns this off */
    StreamHealth(Clock clock, Duration failureWindow) {
        this.clock = clock;
        this.failureWindow = failureWindow;
    }

    /** Called by the uncaught-exception handler each time a stream thread dies. */
    void threadDied(Throwable cause) {
        lastCause = OutputBounds.cut(String.valueOf(cause), MAX_CAUSE_CHARS);
        lastDeath = clock.instant();
        deaths.incrementAndGet();
    }

    Readiness.Status check(KafkaStreams.State state) {
        Readiness.Status byState = readinessOf(state);
        if (!byState.ready()) {
            return byState;
        }
        Instant died = lastDeath;
        if (died != null && clock.instant().isBefore(died.plus(failureWindow))) {
            return Readiness.Status.notReady("a stream thread died at " + died + " (" + deaths.get() + " since start, "
                    + "ready again " + failureWindow + " after the last): " + lastCause);
        }
        return byState;
    }

    /** Only RUNNING processes records: CREATED and REBALANCING do not yet, the others no longer. */
    static Readiness.Status readinessOf(KafkaStreams.State state) {
        return state == KafkaStreams.State.RUNNING
                ? Readiness.Status.ready("streams " + state)
                : Readiness.Status.notReady("streams " + state);
    }
}
