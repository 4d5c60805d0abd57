package io.newsstream.ingest.feed;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * The wait before polling a failing feed again: doubling from one minute with each failure in a row, capped at an
 * hour, jittered so feeds that failed together do not retry together, and never shorter than the feed's interval.
 */
final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration CAP = Duration.ofHours(1);

    private final DoubleSupplier random;

    /** @param random uniform in [0, 1), e.g. {@code ThreadLocalRandom.current()::nextDouble} */
    Backoff(DoubleSupplier random) {
        this.random = random;
    }

    /** @param failures failures in a row, at least 1 */
    Duration after(int failures, Duration interval) {
        long capMillis = CAP.toMillis();
        int doublings = Math.min(Math.max(failures, 1) - 1, 20);
        long exponential = Math.min(capMillis, FIRST.toMillis() << doublings);
        // "Equal jitter": half fixed, half random, so the wait still grows with each failure.
        long jittered = exponential / 2 + (long) (random.getAsDouble() * (exponential / 2.0));
        Duration backoff = Duration.ofMillis(jittered);
        return backoff.compareTo(interval) < 0 ? interval : backoff;
    }
}
