package io.newsstream.deploy.prove;

import java.time.Duration;

/**
 * Says when a pipeline has stalled: its progress (any count that only grows while work gets done) has not moved
 * for longer than the limit. Time is passed in, so the rule is tested without waiting.
 */
public final class StallDetector {

    private final long limitNanos;
    private long lastProgress = Long.MIN_VALUE;
    private long lastChangeNanos;

    public StallDetector(Duration limit) {
        this.limitNanos = limit.toNanos();
    }

    /** Records the progress seen at {@code nowNanos} and answers whether it has now been still for too long. */
    public boolean stalled(long progress, long nowNanos) {
        if (progress > lastProgress) {
            lastProgress = progress;
            lastChangeNanos = nowNanos;
            return false;
        }
        return nowNanos - lastChangeNanos > limitNanos;
    }

    /** How long the progress has not moved, as of {@code nowNanos}. */
    public Duration stillFor(long nowNanos) {
        return Duration.ofNanos(lastProgress == Long.MIN_VALUE ? 0 : nowNanos - lastChangeNanos);
    }
}
