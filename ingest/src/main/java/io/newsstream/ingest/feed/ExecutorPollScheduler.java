package io.newsstream.ingest.feed;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link PollScheduler} on a small pool of daemon threads. */
final class ExecutorPollScheduler implements PollScheduler {

    private final ScheduledExecutorService executor;

    ExecutorPollScheduler(int threads) {
        AtomicInteger count = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(threads, task -> {
            Thread thread = new Thread(task, "feed-poller-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void schedule(Runnable poll, Duration delay) {
        try {
            executor.schedule(poll, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed meanwhile: the poll is simply not run.
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
