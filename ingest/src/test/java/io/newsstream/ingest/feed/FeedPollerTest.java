package io.newsstream.ingest.feed;

import static io.newsstream.ingest.feed.FeedDocuments.FERRY_ITEM;
import static io.newsstream.ingest.feed.FeedDocuments.MARKET_ITEM;
import static io.newsstream.ingest.feed.FeedDocuments.rss;
import static io.newsstream.ingest.feed.FeedDocuments.rssItem;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.ingest.ArticleIngestor;
import io.newsstream.ingest.ArticleValidator;
import io.newsstream.ingest.IngestMetrics;
import io.newsstream.ingest.MutableClock;
import io.newsstream.ingest.ScriptedPublisher;
import io.newsstream.ingest.feed.FeedServer.Answer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedPollerTest {

    private static final Instant NOW = Instant.parse("2025-03-03T08:00:00Z");
    private static final String RSS_TYPE = "application/rss+xml; charset=utf-8";

    @TempDir
    Path stateDir;

    private final FeedServer server = new FeedServer();
    private final ScriptedPublisher publisher = new ScriptedPublisher();
    private final MutableClock clock = new MutableClock(NOW);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final FeedMetrics metrics = new FeedMetrics(registry, clock);
    private final HttpClient client = HttpClient.newHttpClient();

    FeedPollerTest() throws IOException {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void rssItemsBecomeFeedArticlesWithTextReducedFromHtml() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", FERRY_ITEM, MARKET_ITEM)));

        PollResult result = poller("/harbour.rss", null).poll();

        assertThat(result.outcome()).isEqualTo(PollOutcome.NEW_ITEMS);
        assertThat(result.sent()).isEqualTo(2);
        assertThat(result.nextPollIn()).isEqualTo(Duration.ofMinutes(5));
        RawArticle ferry = publisher.published.get(0);
        assertThat(ferry.url()).isEqualTo("https://harbour-gazette.example/2025/03/night-ferry");
        assertThat(ferry.id()).isEqualTo(ArticleIds.of(ferry.url(), ferry.text()));
        assertThat(ferry.title()).isEqualTo("Night ferry returns & timetable grows");
        assertThat(ferry.text()).isEqualTo("The night ferry to Gull Island returns on Friday.\n\n"
                + "The harbour office said the crossing will run twice each night until October.");
        assertThat(ferry.publishedAt()).isEqualTo(Instant.parse("2025-03-03T06:30:00Z"));
        assertThat(ferry.outletHint()).isEqualTo("Harbour Gazette");
        assertThat(ferry.channel()).isEqualTo(Channel.FEED);
        assertThat(ferry.feed()).isEqualTo(server.uri("/harbour.rss").toString());
        assertThat(publisher.published.get(1).text()).isEqualTo("The Saturday fish market moves into the old rope works.");
        assertThat(registry.get("newsstream.ingest.articles")
                .tags("channel", "feed", "outcome", "accepted").counter().count()).isEqualTo(2.0);
    }

    @Test
    void configuredOutletHintWinsOverTheFeedTitle() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", MARKET_ITEM)));

        poller("/harbour.rss", "harbour-gazette.example").poll();

        assertThat(publisher.published).singleElement()
                .extracting(RawArticle::outletHint).isEqualTo("harbour-gazette.example");
    }

    @Test
    void atomEntriesAreRead() throws Exception {
        server.answer("/valley.atom", Answer.ok("application/atom+xml", FeedDocuments.ATOM));

        poller("/valley.atom", null).poll();

        RawArticle bloom = publisher.published.get(0);
        assertThat(bloom.url()).isEqualTo("https://valley-courier.example/orchards/early-bloom");
        assertThat(bloom.title()).isEqualTo("Orchard growers expect early bloom");
        assertThat(bloom.text()).isEqualTo("Growers in the upper valley expect blossoms two weeks early.\n\nFrost remains the main worry.");
        assertThat(bloom.publishedAt()).isEqualTo(Instant.parse("2025-04-09T19:15:00Z"));
        assertThat(bloom.outletHint()).isEqualTo("Valley Courier");
    }

    @Test
    void unchangedFeedAnswered304ProducesNothingNew() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", MARKET_ITEM))
                .withHeader("ETag", "\"v1\"").withHeader("Last-Modified", "Mon, 03 Mar 2025 07:00:00 GMT"));
        FeedPoller poller = poller("/harbour.rss", null);
        poller.poll();

        PollResult second = poller.poll();

        assertThat(second.outcome()).isEqualTo(PollOutcome.NOT_MODIFIED);
        assertThat(publisher.published).hasSize(1);
        FeedServer.Request conditional = server.requestsTo("/harbour.rss").get(1);
        assertThat(conditional.headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(conditional.headers().getFirst("If-Modified-Since")).isEqualTo("Mon, 03 Mar 2025 07:00:00 GMT");
        assertThat(registry.get(FeedMetrics.POLLS).tags("outcome", "not_modified").counter().count()).isEqualTo(1.0);
    }

    @Test
    void feedServedTwiceProducesItsItemsOnceAlsoAcrossARestart() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", FERRY_ITEM, MARKET_ITEM)));
        FeedPoller poller = poller("/harbour.rss", null);
        poller.poll();

        PollResult again = poller.poll();
        PollResult afterRestart = poller("/harbour.rss", null).poll();

        assertThat(again.outcome()).isEqualTo(PollOutcome.NOT_MODIFIED);
        assertThat(afterRestart.outcome()).isEqualTo(PollOutcome.NOT_MODIFIED);
        assertThat(publisher.published).hasSize(2);
    }

    @Test
    void onlyTheNewItemIsProducedWhenTheFeedGrows() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", MARKET_ITEM)));
        poller("/harbour.rss", null).poll();
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", FERRY_ITEM, MARKET_ITEM)));

        PollResult result = poller("/harbour.rss", null).poll();

        assertThat(result.sent()).isEqualTo(1);
        assertThat(publisher.published).extracting(RawArticle::url).containsExactly(
                "https://harbour-gazette.example/2025/03/fish-market", "https://harbour-gazette.example/2025/03/night-ferry");
    }

    @Test
    void itemsKafkaDidNotTakeAreSentAgainOnTheNextPoll() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", MARKET_ITEM)).withHeader("ETag", "\"v1\""));
        FeedPoller poller = poller("/harbour.rss", null);
        publisher.failAll(new NotLeaderOrFollowerException("leader moved"));

        PollResult failed = poller.poll();
        publisher.acknowledgeAll();
        PollResult retried = poller.poll();

        assertThat(failed.outcome()).isEqualTo(PollOutcome.ERROR);
        assertThat(failed.nextPollIn()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
        assertThat(retried.outcome()).isEqualTo(PollOutcome.NEW_ITEMS);
        assertThat(retried.sent()).isEqualTo(1);
        // The ETag of the failed poll was not kept, so the server could not answer 304 and hide the item.
        assertThat(server.requestsTo("/harbour.rss").get(1).headers().getFirst("If-None-Match")).isNull();
    }

    @Test
    void retryAfterIsRespectedWhenTheServerIsThrottling() throws Exception {
        server.answer("/busy.rss", new Answer(429, Map.of("Retry-After", "7200"), "slow down"));

        PollResult result = poller("/busy.rss", null).poll();

        assertThat(result.outcome()).isEqualTo(PollOutcome.BACKOFF);
        assertThat(result.nextPollIn()).isGreaterThanOrEqualTo(Duration.ofHours(2));
        assertThat(registry.get(FeedMetrics.POLLS).tags("outcome", "backoff").counter().count()).isEqualTo(1.0);
    }

    @Test
    void retryAfterAsAnHttpDateIsRespected() throws Exception {
        server.answer("/busy.rss", new Answer(503, Map.of("Retry-After", "Mon, 03 Mar 2025 09:30:00 GMT"), "maintenance"));

        PollResult result = poller("/busy.rss", null).poll();

        assertThat(result.nextPollIn()).isGreaterThanOrEqualTo(Duration.ofMinutes(90));
    }

    @Test
    void repeatedServerErrorsBackOffFurtherEachTime() throws Exception {
        server.answer("/broken.rss", new Answer(500, Map.of(), "oops"));
        FeedPoller poller = poller("/broken.rss", null, Duration.ofSeconds(30));

        Duration first = poller.poll().nextPollIn();
        Duration second = poller.poll().nextPollIn();
        Duration third = poller.poll().nextPollIn();

        assertThat(first).isBetween(Duration.ofSeconds(30), Duration.ofMinutes(1));
        assertThat(second).isBetween(Duration.ofMinutes(1), Duration.ofMinutes(2));
        assertThat(third).isBetween(Duration.ofMinutes(2), Duration.ofMinutes(4));
        assertThat(registry.get(FeedMetrics.POLLS).tags("outcome", "error").counter().count()).isEqualTo(3.0);
    }

    @Test
    void unparsableFeedIsAnErrorAndSendsNothing() throws Exception {
        server.answer("/garbled.rss", Answer.ok(RSS_TYPE, "<html><body>We moved our feed!</body></html>"));

        PollResult result = poller("/garbled.rss", null).poll();

        assertThat(result.outcome()).isEqualTo(PollOutcome.ERROR);
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void itemWithoutTextIsRefusedOnceAndNotSentAgain() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette",
                rssItem("https://harbour-gazette.example/2025/03/photo", "Photo of the day", "<img src='x.jpg'>",
                        "Mon, 03 Mar 2025 05:00:00 GMT"), MARKET_ITEM)));
        FeedPoller poller = poller("/harbour.rss", null);

        PollResult first = poller.poll();
        PollResult second = poller.poll();

        assertThat(first.sent()).isEqualTo(1);
        assertThat(second.outcome()).isEqualTo(PollOutcome.NOT_MODIFIED);
        assertThat(publisher.published).hasSize(1);
        assertThat(registry.get("newsstream.ingest.articles").tags("channel", "feed", "reason", "empty_text").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void thePageIsSentAsHtmlInsteadOfAShortSummaryWhenPageFetchingIsOn() throws Exception {
        String page = server.uri("/2025/03/library").toString();
        server.answer("/2025/03/library", Answer.ok("text/html; charset=utf-8", FeedDocuments.ARTICLE_PAGE));
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette",
                rssItem(page, "Library reopens", "The library is open again.", "Mon, 03 Mar 2025 07:45:00 GMT"))));

        poller("/harbour.rss", null, Duration.ofMinutes(5), true).poll();

        RawArticle library = publisher.published.get(0);
        assertThat(library.text()).isNull();
        assertThat(library.html()).isEqualTo(FeedDocuments.ARTICLE_PAGE);
        assertThat(library.title()).isEqualTo("Library reopens");
        assertThat(library.id()).isEqualTo(ArticleIds.of(page, "The library is open again."));
    }

    @Test
    void shortSummaryIsKeptWhenPageFetchingIsOff() throws Exception {
        String page = server.uri("/2025/03/library").toString();
        server.answer("/2025/03/library", Answer.ok("text/html", FeedDocuments.ARTICLE_PAGE));
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette",
                rssItem(page, "Library reopens", "The library is open again.", "Mon, 03 Mar 2025 07:45:00 GMT"))));

        poller("/harbour.rss", null).poll();

        assertThat(publisher.published.get(0).text()).isEqualTo("The library is open again.");
        assertThat(server.requestsTo("/2025/03/library")).isEmpty();
    }

    @Test
    void newestItemAgeIsTheLagOfTheStalestFeed() throws Exception {
        server.answer("/harbour.rss", Answer.ok(RSS_TYPE, rss("Harbour Gazette", FERRY_ITEM, MARKET_ITEM)));
        server.answer("/valley.atom", Answer.ok("application/atom+xml", FeedDocuments.ATOM));
        poller("/harbour.rss", null).poll();
        poller("/valley.atom", null).poll();
        clock.advance(Duration.ofDays(40));

        // The harbour feed's newest item (the ferry, 3 March) is older than the valley's (9 April): it is the stalest.
        double age = registry.get(FeedMetrics.NEWEST_ITEM_AGE).gauge().value();

        assertThat(age).isEqualTo(Duration.between(Instant.parse("2025-03-03T06:30:00Z"), NOW.plus(Duration.ofDays(40))).toSeconds());
    }

    private FeedPoller poller(String path, String outletHint) {
        return poller(path, outletHint, Duration.ofMinutes(5));
    }

    private FeedPoller poller(String path, String outletHint, Duration interval) {
        return poller(path, outletHint, interval, false);
    }

    private FeedPoller poller(String path, String outletHint, Duration interval, boolean fetchPages) {
        ArticleIngestor ingestor = new ArticleIngestor(new ArticleValidator(clock, 1024 * 1024), publisher,
                Duration.ofSeconds(5), new IngestMetrics(registry));
        return new FeedPoller(new FeedSource(server.uri(path), outletHint, interval), new FeedFetcher(client, clock),
                new FeedParser(), fetchPages ? new PageFetcher(client) : null, ingestor, new FeedStateStore(stateDir),
                new Backoff(() -> 0.0), metrics);
    }
}
