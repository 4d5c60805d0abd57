package io.newsstream.lab.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/** The most heap in use while it runs, sampled on a thread of its own; and the heap a full GC leaves. */
public final class HeapSampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong(used());
    private final Thread thread;

    private HeapSampler(Duration every) {
        thread = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(used(), Math::max);
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
    }

    public static HeapSampler start(Duration every) {
        HeapSampler sampler = new HeapSampler(every);
        sampler.thread.start();
        return sampler;
    }

    /** Bytes of heap in use after a full collection: what is really held. */
    public static long usedAfterGc() {
        System.gc();
        return used();
    }

    public long peak() {
        return Math.max(peak.get(), used());
    }

    private static long used() {
        return MEMORY.getHeapMemoryUsage().getUsed();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
