package io.newsstream.ingest.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.ingest.ArticleIngestor;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every configured feed on its own schedule: each poll schedules the next one of its feed, so a slow or broken
 * feed only ever delays itself.
 */
public final class FeedPolling implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FeedPolling.class);
    // Polls block on HTTP and on Kafka's acknowledgement; a few threads keep many feeds moving.
    private static final int MAX_THREADS = 4;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final List<FeedPoller> pollers;
    private final PollScheduler scheduler;
    private volatile boolean closed;

    FeedPolling(List<FeedPoller> pollers, PollScheduler scheduler) {
        this.pollers = List.copyOf(pollers);
        this.scheduler = scheduler;
    }

    /** Builds a poller per configured feed, loading each feed's saved state; polls nothing until {@link #start()}. */
    public static FeedPolling create(FeedConfig config, ArticleIngestor ingestor, MeterRegistry registry, Clock clock) {
        return create(config, ingestor, new FeedMetrics(registry, clock), clock,
                new ExecutorPollScheduler(Math.min(MAX_THREADS, Math.max(1, config.feeds().size()))));
    }

    static FeedPolling create(FeedConfig config, ArticleIngestor ingestor, FeedMetrics metrics, Clock clock, PollScheduler scheduler) {
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(CONNECT_TIMEOUT)
                .build();
        FeedFetcher fetcher = new FeedFetcher(client, clock);
        PageFetcher pages = config.fetchPages() ? new PageFetcher(client) : null;
        FeedStateStore store = new FeedStateStore(config.stateDir());
        Backoff backoff = new Backoff(() -> ThreadLocalRandom.current().nextDouble());
        List<FeedPoller> pollers = new ArrayList<>();
        for (FeedSource source : config.feeds()) {
            pollers.add(new FeedPoller(source, fetcher, new FeedParser(), pages, ingestor, store, backoff, metrics));
        }
        return new FeedPolling(pollers, scheduler);
    }

    /** Polls every feed now, then each again after its interval or backoff. */
    public void start() {
        for (FeedPoller poller : pollers) {
            scheduler.schedule(() -> pollAndReschedule(poller), Duration.ZERO);
        }
        log.info("polling {} feed(s)", pollers.size());
    }

    private void pollAndReschedule(FeedPoller poller) {
        if (closed) {
            return;
        }
        PollResult result;
        try {
            result = poller.poll();
        } catch (InterruptedException e) {
            // Only close() interrupts a poll; nothing to reschedule.
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            // poll() turns failures into outcomes; this is a last guard so the feed is never dropped from the schedule.
            log.error("feed {}: unexpected failure while polling", poller.source().url(), e);
            result = new PollResult(PollOutcome.ERROR, 0, Backoff.CAP);
        }
        if (!closed) {
            scheduler.schedule(() -> pollAndReschedule(poller), result.nextPollIn());
        }
    }

    List<FeedPoller> pollers() {
        return pollers;
    }

    @Override
    public void close() {
        closed = true;
        scheduler.close();
    }
}
