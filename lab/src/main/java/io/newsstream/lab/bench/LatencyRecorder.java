package io.newsstream.lab.bench;

import java.util.Arrays;

/** Collects request latencies from many threads and reports percentiles; sized up front, no locks on the hot path. */
public final class LatencyRecorder {

    private final long[] nanos;
    private final java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

    public LatencyRecorder(int capacity) {
        this.nanos = new long[capacity];
    }

    public void record(long latencyNanos) {
        int slot = next.getAndIncrement();
        if (slot < nanos.length) {
            nanos[slot] = latencyNanos;
        }
    }

    public int count() {
        return Math.min(next.get(), nanos.length);
    }

    /** The latency at quantile {@code q} (0..1) in milliseconds, nearest-rank. */
    public double percentileMillis(double q) {
        int count = count();
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count) - 1;
        return sorted[Math.max(0, Math.min(count - 1, rank))] / 1e6;
    }
}
