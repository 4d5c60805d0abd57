package io.newsstream.core.testing;

import java.time.Duration;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for what a background thread or a running pipeline does in its own time, failing with what it waited for.
 * The one way tests of every module wait: no fixed sleep before an assertion, no hand-rolled deadline loop. Shared
 * through core's test jar.
 */
public final class Await {

    /** Generous: the machine running the tests is shared, and a passing test never waits this long. */
    public static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long FIRST_POLL_MILLIS = 10;
    private static final long MAX_POLL_MILLIS = 200;

    /** A condition that may need I/O to answer, such as asking the sink whether an article is stored. */
    @FunctionalInterface
    public interface Condition {
        boolean holds() throws Exception;
    }

    /** A value that may need I/O to read, such as the records on a topic. */
    @FunctionalInterface
    public interface Probe<T> {
        T read() throws Exception;
    }

    private Await() {
    }

    /** Polls {@code condition} until it holds, for at most {@link #PATIENCE}. */
    public static void until(Condition condition, String what) throws Exception {
        until(condition, PATIENCE, () -> what);
    }

    /**
     * Polls {@code condition} until it holds, first often, then every 200 ms.
     *
     * @param what describes what was awaited, asked only on failure (so it can show the last state)
     * @throws AssertionError when {@code timeout} passes first
     */
    public static void until(Condition condition, Duration timeout, Supplier<String> what) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = FIRST_POLL_MILLIS;
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for: " + what.get());
            }
            Thread.sleep(pause);
            pause = Math.min(MAX_POLL_MILLIS, pause * 2);
        }
    }

    /**
     * Reads {@code probe} until {@code accepted} holds for what it read, and returns that value.
     *
     * @param what describes what was awaited and is given the last value read, on failure only
     */
    public static <T> T value(Probe<T> probe, Predicate<T> accepted, Duration timeout,
                              Function<T, String> what) throws Exception {
        Object[] last = new Object[1];
        until(() -> {
            last[0] = probe.read();
            return accepted.test(cast(last[0]));
        }, timeout, () -> what.apply(cast(last[0])));
        return cast(last[0]);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
