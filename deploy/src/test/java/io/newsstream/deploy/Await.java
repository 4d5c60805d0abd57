package io.newsstream.deploy;

import java.time.Duration;
import java.util.function.Supplier;

/** Waits for something a running pipeline does in its own time, failing with what it waited for. */
public final class Await {

    private static final long POLL_MILLIS = 200;

    /** A condition that may need I/O to answer, such as asking the sink whether an article is stored. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /**
     * Polls {@code condition} until it holds.
     *
     * @param what describes what was awaited, asked only on failure (so it can show the last state)
     * @throws AssertionError when {@code timeout} passes first
     */
    public static void until(Condition condition, Duration timeout, Supplier<String> what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what.get());
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
