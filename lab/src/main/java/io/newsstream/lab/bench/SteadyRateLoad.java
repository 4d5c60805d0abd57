package io.newsstream.lab.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts single JSON articles to ingest at a steady rate: every send is scheduled up front at its due time and run by
 * a few threads, so a slow answer shows up as late sends rather than as a quietly lower rate.
 */
public final class SteadyRateLoad {

    private final IngestLoadGenerator ingest;
    private final int threads;

    public SteadyRateLoad(IngestLoadGenerator ingest, int threads) {
        this.ingest = ingest;
        this.threads = threads;
    }

    /** Sends every article at the pacer's rate and returns when the last answer came. */
    public PipelineLoad run(List<Map<String, String>> articles, SendPacer pacer) throws InterruptedException {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(threads);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger late = new AtomicInteger();
        // A little ahead, so scheduling 4000 tasks does not already make the first ones late.
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(100);
        List<ScheduledFuture<?>> sends = new ArrayList<>(articles.size());
        try {
            for (int i = 0; i < articles.size(); i++) {
                int index = i;
                Map<String, String> article = articles.get(i);
                long delay = start + pacer.dueNanos(i) - System.nanoTime();
                sends.add(scheduler.schedule(() -> {
                    if (pacer.isLate(index, System.nanoTime() - start)) {
                        late.incrementAndGet();
                    }
                    if (ingest.send(article)) {
                        accepted.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                    }
                }, delay, TimeUnit.NANOSECONDS));
            }
            for (ScheduledFuture<?> send : sends) {
                send.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("a send failed: " + e.getCause(), e.getCause());
        } finally {
            scheduler.shutdownNow();
        }
        return new PipelineLoad(articles.size(), accepted.get(), failed.get(), late.get(), start);
    }
}
