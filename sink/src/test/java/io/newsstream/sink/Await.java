package io.newsstream.sink;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for what a background thread does in its own time, failing with what it waited for. */
public final class Await {

    /** Generous: the machine running the tests is shared, and a passing test never waits this long. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** @throws AssertionError naming {@code what} when {@link #PATIENCE} passes before {@code condition} holds */
    public static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what + " after " + PATIENCE);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
