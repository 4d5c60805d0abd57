package io.newsstream.ingest.feed;

import static io.newsstream.ingest.feed.FeedDocuments.MARKET_ITEM;
import static io.newsstream.ingest.feed.FeedDocuments.rss;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.RawArticle;
import io.newsstream.ingest.ArticleIngestor;
import io.newsstream.ingest.ArticleValidator;
import io.newsstream.ingest.IngestMetrics;
import io.newsstream.ingest.MutableClock;
import io.newsstream.ingest.ScriptedPublisher;
import io.newsstream.ingest.feed.FeedServer.Answer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollingTest {

    @TempDir
    Path stateDir;

    private final FeedServer server = new FeedServer();
    private final ScriptedPublisher publisher = new ScriptedPublisher();
    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-03T08:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ManualScheduler scheduler = new ManualScheduler();

    FeedPollingTest() throws IOException {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void brokenFeedDoesNotStopAGoodOne() {
        server.answer("/broken.rss", new Answer(500, Map.of(), "database on fire"));
        server.answer("/garbled.rss", Answer.ok("text/xml", "<rss><channel><item>"));
        server.answer("/harbour.rss", Answer.ok("application/rss+xml", rss("Harbour Gazette", MARKET_ITEM)));
        FeedPolling polling = polling(List.of(
                source("/broken.rss", Duration.ofMinutes(5)),
                source("/garbled.rss", Duration.ofMinutes(5)),
                source("/harbour.rss", Duration.ofMinutes(7))));

        polling.start();
        List<ManualScheduler.Scheduled> next = scheduler.runPending();

        assertThat(publisher.published).extracting(RawArticle::url)
                .containsExactly("https://harbour-gazette.example/2025/03/fish-market");
        // Every feed stays on the schedule; the good one at its interval.
        assertThat(next).hasSize(3).extracting(ManualScheduler.Scheduled::delay).contains(Duration.ofMinutes(7));
        assertThat(registry.get(FeedMetrics.POLLS).tags("outcome", "error").counter().count()).isEqualTo(2.0);
        assertThat(registry.get(FeedMetrics.POLLS).tags("outcome", "new_items").counter().count()).isEqualTo(1.0);
    }

    @Test
    void everyFeedIsPolledAtOnceThenOnItsOwnSchedule() {
        server.answer("/harbour.rss", Answer.ok("application/rss+xml", rss("Harbour Gazette", MARKET_ITEM)));
        FeedPolling polling = polling(List.of(source("/harbour.rss", Duration.ofMinutes(7))));

        polling.start();
        assertThat(scheduler.pending).extracting(ManualScheduler.Scheduled::delay).containsExactly(Duration.ZERO);
        scheduler.runPending();
        List<ManualScheduler.Scheduled> afterSecond = scheduler.runPending();

        assertThat(afterSecond).extracting(ManualScheduler.Scheduled::delay).containsExactly(Duration.ofMinutes(7));
        assertThat(publisher.published).hasSize(1);
    }

    @Test
    void closedPollingSchedulesNothingMore() {
        server.answer("/harbour.rss", Answer.ok("application/rss+xml", rss("Harbour Gazette", MARKET_ITEM)));
        FeedPolling polling = polling(List.of(source("/harbour.rss", Duration.ofMinutes(7))));
        polling.start();

        polling.close();

        assertThat(scheduler.runPending()).isEmpty();
        assertThat(scheduler.closed).isTrue();
        assertThat(publisher.published).isEmpty();
    }

    private FeedPolling polling(List<FeedSource> feeds) {
        ArticleIngestor ingestor = new ArticleIngestor(new ArticleValidator(clock, 1024 * 1024), publisher,
                Duration.ofSeconds(5), new IngestMetrics(registry));
        return FeedPolling.create(new FeedConfig(feeds, stateDir, false), ingestor, new FeedMetrics(registry, clock), clock, scheduler);
    }

    private FeedSource source(String path, Duration interval) {
        return new FeedSource(server.uri(path), null, interval);
    }
}
