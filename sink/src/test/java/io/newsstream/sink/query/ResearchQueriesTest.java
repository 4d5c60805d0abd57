package io.newsstream.sink.query;

import static io.newsstream.sink.ArticleBuilder.article;
import static io.newsstream.sink.ArticleBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The researchers' filters ({@code language}, {@code author}, {@code channel}, {@code feed}), search in the
 * article's own language, and {@code GET /v1/stats/volume}, over HTTP and the real database.
 */
class ResearchQueriesTest {

    private static final String FEED = "https://lindmoor.example/rss.xml";
    private static TestServer server;

    @BeforeAll
    static void storeArticlesInThreeLanguages() throws Exception {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(
                article(1).title("Negotiations resume in Lindmoor").body("The negotiations resumed on Monday.")
                        .published("2031-03-01T10:00:00Z").publisher("gazette", "Lindmoor Gazette")
                        .author("Ann Moss").entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1)
                        .stance("peace-negotiations", StanceLabel.FAVOR).build(),
                article(2).title("Verhandlungen in Lindmoor").body("Die Verhandlungen gehen weiter.")
                        .language("de-AT").published("2031-03-01T11:00:00Z").publisher("herald", "Harbour Herald")
                        .author("Jo Brandt").fromFeed(FEED)
                        .entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1).build(),
                article(3).title("Talks negotiation kvendi").body("A negotiation word in an unknown language.")
                        .language("xx").published("2031-03-02T09:00:00Z").publisher("gazette", "Lindmoor Gazette")
                        .author("Ann Moss").fromFeed(FEED)
                        .stance("peace-negotiations", StanceLabel.NEUTRAL).build(),
                article(4).title("Market day").body("Stalls opened on the square.")
                        .published("2031-03-08T09:00:00Z").publisher("gazette", "Lindmoor Gazette")
                        .entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1).build()));
        TestPostgres.indexForSearch();
        server = new TestServer(100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void languageMatchesTheTagOrItsRegionalVariantsInAnyCase() throws Exception {
        assertThat(ids("/v1/articles?language=de")).containsExactly(id(2));
        assertThat(ids("/v1/articles?language=DE-at")).containsExactly(id(2));
        assertThat(ids("/v1/articles?language=en")).containsExactly(id(4), id(1));
        server.assertBadRequest("/v1/articles?language=" + encode("en' OR '1"), "language", "BCP 47");
    }

    @Test
    void authorChannelAndFeedFilterAsWrittenAndCombine() throws Exception {
        assertThat(ids("/v1/articles?author=" + encode("Ann Moss"))).containsExactly(id(3), id(1));
        assertThat(ids("/v1/articles?author=" + encode("ann moss"))).isEmpty();
        assertThat(ids("/v1/articles?channel=feed")).containsExactly(id(3), id(2));
        assertThat(ids("/v1/articles?feed=" + encode(FEED) + "&author=" + encode("Jo Brandt"))).containsExactly(id(2));
        server.assertBadRequest("/v1/articles?channel=pigeon", "channel", "channel must be one of");
    }

    @Test
    void searchStemsEachArticleInItsOwnLanguageAndUnknownLanguagesNotAtAll() throws Exception {
        // English stemming finds "negotiations" for "negotiation"; German finds "Verhandlungen" for "Verhandlung".
        assertThat(ids("/v1/articles?q=negotiation")).contains(id(1), id(3));
        assertThat(ids("/v1/articles?q=negotiation&language=en")).containsExactly(id(1));
        assertThat(ids("/v1/articles?q=Verhandlung")).containsExactly(id(2));
        assertThat(ids("/v1/articles?q=Verhandlung&language=de")).containsExactly(id(2));
        // The unknown language is indexed word for word: only the exact word finds it.
        assertThat(ids("/v1/articles?q=negotiations&language=xx")).isEmpty();
        assertThat(ids("/v1/articles?q=kvendi")).containsExactly(id(3));
    }

    @Test
    void volumeCountsArticlesPerBucketForTheBusiestGroups() throws Exception {
        JsonNode byOutlet = server.json("/v1/stats/volume?by=outlet&interval=week");
        assertThat(byOutlet.path("by").asText()).isEqualTo("outlet");
        assertThat(buckets(byOutlet)).containsExactly(
                "2031-02-24T00:00:00Z Harbour Herald 1", "2031-02-24T00:00:00Z Lindmoor Gazette 2",
                "2031-03-03T00:00:00Z Lindmoor Gazette 1");

        assertThat(buckets(server.json("/v1/stats/volume?by=entity&interval=day&limit=1"))).containsExactly(
                "2031-03-01T00:00:00Z Lindmoor 2", "2031-03-08T00:00:00Z Lindmoor 1");
        assertThat(buckets(server.json("/v1/stats/volume?by=target&language=en"))).containsExactly(
                "2031-03-01T00:00:00Z peace-negotiations 1");
        assertThat(server.json("/v1/stats/volume?by=entity&entity=nobody").path("buckets")).isEmpty();
        server.assertBadRequest("/v1/stats/volume?by=speaker", "by", "by must be one of");
        server.assertBadRequest("/v1/stats/volume?limit=101", "limit", "between 1 and 100");
    }

    private static List<String> buckets(JsonNode answer) {
        List<String> buckets = new ArrayList<>();
        answer.path("buckets").forEach(bucket -> buckets.add(bucket.path("start").asText() + " "
                + bucket.path("group").asText() + " " + bucket.path("articles").asLong()));
        return buckets;
    }

    private static List<String> ids(String pathAndQuery) throws Exception {
        return server.articleIds(pathAndQuery);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
