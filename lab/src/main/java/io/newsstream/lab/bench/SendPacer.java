package io.newsstream.lab.bench;

/**
 * When each send of a steady load is due: article {@code i} at {@code i / rate} seconds after the start. Sends are
 * scheduled up front (open loop), so a slow answer delays later sends instead of silently lowering the rate; a send
 * that starts more than {@code lateness} after its due time counts as late.
 *
 * @param perSecond articles per second
 * @param lateNanos how far behind its due time a send may start before it counts as late
 */
public record SendPacer(double perSecond, long lateNanos) {

    public SendPacer {
        if (!(perSecond > 0)) {
            throw new IllegalArgumentException("rate must be positive, got " + perSecond);
        }
        if (lateNanos < 0) {
            throw new IllegalArgumentException("lateness must not be negative, got " + lateNanos);
        }
    }

    /** How many sends fit in {@code seconds} at this rate. */
    public int sends(double seconds) {
        return (int) Math.floor(seconds * perSecond);
    }

    /** When send {@code i} (from 0) is due, in nanoseconds after the start. */
    public long dueNanos(int i) {
        return Math.round(i * 1e9 / perSecond);
    }

    /** True when send {@code i} started at {@code startedNanos} (after the start) is later than allowed. */
    public boolean isLate(int i, long startedNanos) {
        return startedNanos - dueNanos(i) > lateNanos;
    }
}
