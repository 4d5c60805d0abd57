package io.newsstream.sink.query;

import static io.newsstream.sink.ArticleBuilder.article;
import static io.newsstream.sink.ArticleBuilder.id;
import static io.newsstream.sink.ArticleBuilder.speaker;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.json.Json;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/articles}, {@code /v1/stats/stance} and {@code /v1/entities/top} over HTTP and the real database. */
class ArticleQueriesTest {

    private static TestServer server;

    @BeforeAll
    static void storeFiveArticles() throws Exception {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(
                article(1).title("Council approves harbour wall")
                        .body("The council voted to rebuild the harbour wall after storms damaged the pier.")
                        .published("2031-03-01T10:00:00Z")
                        .publisher("lindmoor-gazette", "Lindmoor Gazette").source("coastal-wire", "Coastal Wire")
                        .entity("person:elsa-varga", "Elsa Varga", EntityType.PERSON, 2)
                        .entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1)
                        .stance("harbour-rebuild", StanceLabel.FAVOR, speaker("Elsa Varga", StanceLabel.FAVOR))
                        .build(),
                article(2).title("Fishers protest harbour plan")
                        .body("Fishers gathered at the pier to protest the harbour plan, saying the works would"
                                + " block their boats.")
                        .published("2031-03-02T09:00:00Z")
                        .publisher("harbour-herald", "Harbour Herald").cited("lindmoor-gazette", "Lindmoor Gazette")
                        .entity("org:fishers-union", "Lindmoor Fishers Union", EntityType.ORG, 3)
                        .entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1)
                        .stance("harbour-rebuild", StanceLabel.AGAINST,
                                speaker("Lindmoor Fishers Union", StanceLabel.AGAINST),
                                speaker("Elsa Varga", StanceLabel.FAVOR))
                        .build(),
                article(3).title("Spring market opens")
                        .body("Forty stalls opened on the square for the spring market.")
                        .published("2031-03-02T09:00:00Z")
                        .publisher("lindmoor-gazette", "Lindmoor Gazette")
                        .entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1)
                        .build(),
                article(4).title("Rail line to Brackenford delayed")
                        .body("The new rail line to Brackenford is delayed by a year.")
                        .published("2031-03-03T08:00:00Z")
                        .publisher("harbour-herald", "Harbour Herald").source("lindmoor-gazette", "Lindmoor Gazette")
                        .entity("loc:brackenford", "Brackenford", EntityType.LOCATION, 2)
                        .stance("rail-link", StanceLabel.NEUTRAL)
                        .build(),
                article(5).title("Harbour wall costs rise")
                        .body("The cost of rebuilding the harbour wall has risen again.")
                        .published("2031-03-03T08:00:00Z")
                        .publisher("lindmoor-gazette", "Lindmoor Gazette")
                        .stance("harbour-rebuild", StanceLabel.FAVOR)
                        .build()));
        TestPostgres.indexForSearch();
        server = new TestServer(100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void withoutFiltersEveryArticleIsListedNewestFirstWithTiesByIdDescending() throws Exception {
        assertThat(ids("/v1/articles")).containsExactly(id(5), id(4), id(3), id(2), id(1));
    }

    @Test
    void itemsAreTheStoredEnrichedArticlesAndTheLastPageSaysSoWithANullCursor() throws Exception {
        HttpResponse<String> response = server.get("/v1/articles?entity=person:elsa-varga");
        JsonNode body = Json.mapper().readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        EnrichedArticle item = Json.mapper().treeToValue(body.path("items").get(0), EnrichedArticle.class);
        assertThat(item.title()).isEqualTo("Council approves harbour wall");
        assertThat(item.stances()).hasSize(1);
        assertThat(body.has("nextCursor")).isTrue();
        assertThat(body.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void entityMatchesByIdOrByCanonicalNameInAnyCase() throws Exception {
        assertThat(ids("/v1/articles?entity=person:elsa-varga")).containsExactly(id(1));
        assertThat(ids("/v1/articles?entity=" + encode("elsa varga"))).containsExactly(id(1));
        assertThat(ids("/v1/articles?entity=loc:lindmoor")).containsExactly(id(3), id(2), id(1));
        assertThat(ids("/v1/articles?entity=nobody")).isEmpty();
    }

    @Test
    void outletMatchesInAnyRoleUnlessARoleIsGiven() throws Exception {
        assertThat(ids("/v1/articles?outlet=" + encode("Lindmoor Gazette")))
                .containsExactly(id(5), id(4), id(3), id(2), id(1));
        assertThat(ids("/v1/articles?outlet=lindmoor-gazette&outletRole=publisher"))
                .containsExactly(id(5), id(3), id(1));
        assertThat(ids("/v1/articles?outlet=lindmoor-gazette&outletRole=source")).containsExactly(id(4));
        assertThat(ids("/v1/articles?outlet=lindmoor-gazette&outletRole=cited")).containsExactly(id(2));
        assertThat(ids("/v1/articles?outlet=coastal-wire")).containsExactly(id(1));
    }

    @Test
    void targetAloneOrWithAStanceLabel() throws Exception {
        assertThat(ids("/v1/articles?target=harbour-rebuild")).containsExactly(id(5), id(2), id(1));
        assertThat(ids("/v1/articles?target=harbour-rebuild&stance=AGAINST")).containsExactly(id(2));
        assertThat(ids("/v1/articles?target=harbour-rebuild&stance=favor")).containsExactly(id(5), id(1));
        assertThat(ids("/v1/articles?target=rail-link&stance=FAVOR")).isEmpty();
    }

    @Test
    void fullTextSearchStemsWordsAndUnderstandsWebSearchSyntax() throws Exception {
        assertThat(ids("/v1/articles?q=rebuilding")).containsExactly(id(5), id(1));
        assertThat(ids("/v1/articles?q=pier")).containsExactly(id(2), id(1));
        assertThat(ids("/v1/articles?q=" + encode("harbour -wall"))).containsExactly(id(2));
        assertThat(ids("/v1/articles?q=" + encode("\"rail line\""))).containsExactly(id(4));
    }

    @Test
    void filtersCombine() throws Exception {
        assertThat(ids("/v1/articles?entity=loc:lindmoor&outlet=harbour-herald&q=boats")).containsExactly(id(2));
    }

    @Test
    void sinceIsInclusiveUntilExclusiveAndADateUntilIncludesThatDay() throws Exception {
        assertThat(ids("/v1/articles?since=2031-03-02")).containsExactly(id(5), id(4), id(3), id(2));
        assertThat(ids("/v1/articles?until=2031-03-02")).containsExactly(id(3), id(2), id(1));
        assertThat(ids("/v1/articles?since=2031-03-02T09:00:00Z&until=2031-03-03T08:00:00Z"))
                .containsExactly(id(3), id(2));
        assertThat(ids("/v1/articles?since=2031-03-02T10:00:00%2B01:00&until=2031-03-02T09:00:01Z"))
                .containsExactly(id(3), id(2));
    }

    @Test
    void walkingThePagesGivesEveryArticleOnceInOrder() throws Exception {
        List<String> walked = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = server.json("/v1/articles?limit=2" + (cursor == null ? "" : "&cursor=" + cursor));
            page.path("items").forEach(item -> walked.add(item.path("id").asText()));
            pageSizes.add(page.path("items").size());
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);

        assertThat(walked).containsExactly(id(5), id(4), id(3), id(2), id(1));
        assertThat(pageSizes).containsExactly(2, 2, 1);
    }

    @Test
    void badParametersAreRefusedNamingTheParameterAndTheReason() throws Exception {
        assertBadRequest("/v1/articles?limit=abc", "limit", "limit must be an integer between 1 and 200, got 'abc'");
        assertBadRequest("/v1/articles?limit=0", "limit", "limit must be an integer between 1 and 200, got '0'");
        assertBadRequest("/v1/articles?limit=201", "limit", "limit must be an integer between 1 and 200, got '201'");
        assertBadRequest("/v1/articles?colour=red", "colour", "unknown parameter 'colour'");
        assertBadRequest("/v1/articles?cursor=bm90LWEtY3Vyc29y", "cursor", "cursor is not a cursor this API handed out");
        assertBadRequest("/v1/articles?cursor=%21%21", "cursor", "cursor is not a cursor");
        assertBadRequest("/v1/articles?stance=AGAINST", "stance", "stance requires target");
        assertBadRequest("/v1/articles?target=t&stance=MAYBE", "stance", "stance must be one of AGAINST, FAVOR, NEUTRAL");
        assertBadRequest("/v1/articles?since=yesterday", "since", "since must be an ISO-8601 instant");
        assertBadRequest("/v1/articles?until=2031-13-01", "until", "until must be an ISO-8601 instant");
        assertBadRequest("/v1/articles?since=2031-03-03&until=2031-03-01", "until", "must be after since");
        assertBadRequest("/v1/articles?outletRole=cited", "outletRole", "outletRole requires outlet");
        assertBadRequest("/v1/articles?limit=5&limit=6", "limit", "limit is given more than once");
    }

    @Test
    void stanceStatsCountArticlesPerDayAndPublisher() throws Exception {
        JsonNode stats = server.json("/v1/stats/stance?target=harbour-rebuild");

        assertThat(stats.path("target").asText()).isEqualTo("harbour-rebuild");
        assertThat(stats.path("by").asText()).isEqualTo("outlet");
        assertThat(stats.path("interval").asText()).isEqualTo("day");
        assertThat(buckets(stats)).containsExactly(
                "2031-03-01T00:00:00Z Lindmoor Gazette 1/0/0",
                "2031-03-02T00:00:00Z Harbour Herald 0/1/0",
                "2031-03-03T00:00:00Z Lindmoor Gazette 1/0/0");
    }

    @Test
    void stanceStatsBySpeakerCountQuotedSpeakersAndWeeksStartOnMonday() throws Exception {
        assertThat(buckets(server.json("/v1/stats/stance?target=harbour-rebuild&by=speaker"))).containsExactly(
                "2031-03-01T00:00:00Z Elsa Varga 1/0/0",
                "2031-03-02T00:00:00Z Elsa Varga 1/0/0",
                "2031-03-02T00:00:00Z Lindmoor Fishers Union 0/1/0");
        assertThat(buckets(server.json("/v1/stats/stance?target=harbour-rebuild&interval=week"))).containsExactly(
                "2031-02-24T00:00:00Z Harbour Herald 0/1/0",
                "2031-02-24T00:00:00Z Lindmoor Gazette 1/0/0",
                "2031-03-03T00:00:00Z Lindmoor Gazette 1/0/0");
        assertThat(buckets(server.json("/v1/stats/stance?target=harbour-rebuild&interval=hour&since=2031-03-02")))
                .containsExactly("2031-03-02T09:00:00Z Harbour Herald 0/1/0", "2031-03-03T08:00:00Z Lindmoor Gazette 1/0/0");
    }

    @Test
    void stanceStatsForATargetWithoutDataAreEmptyNotAnError() throws Exception {
        HttpResponse<String> response = server.get("/v1/stats/stance?target=moon-landing");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).path("buckets").isArray()).isTrue();
        assertThat(Json.mapper().readTree(response.body()).path("buckets")).isEmpty();
    }

    @Test
    void stanceStatsRefuseBadParameters() throws Exception {
        assertBadRequest("/v1/stats/stance", "target", "target is required");
        assertBadRequest("/v1/stats/stance?target=t&by=country", "by", "by must be one of outlet, speaker");
        assertBadRequest("/v1/stats/stance?target=t&interval=month", "interval", "interval must be one of day, hour, week");
        assertBadRequest("/v1/stats/stance?target=t&stance=FAVOR", "stance", "unknown parameter 'stance'");
    }

    @Test
    void topEntitiesRankByArticlesThenMentions() throws Exception {
        JsonNode top = server.json("/v1/entities/top");

        assertThat(top.get(0).path("id").asText()).isEqualTo("loc:lindmoor");
        assertThat(top.get(0).path("name").asText()).isEqualTo("Lindmoor");
        assertThat(top.get(0).path("type").asText()).isEqualTo("LOCATION");
        assertThat(top.get(0).path("articles").asLong()).isEqualTo(3);
        assertThat(top.get(0).path("mentions").asLong()).isEqualTo(3);
        assertThat(entityIds(top)).containsExactly("loc:lindmoor", "org:fishers-union", "loc:brackenford",
                "person:elsa-varga");
    }

    @Test
    void topEntitiesFilterByTypeTimeAndLimit() throws Exception {
        assertThat(entityIds(server.json("/v1/entities/top?type=PERSON"))).containsExactly("person:elsa-varga");
        assertThat(entityIds(server.json("/v1/entities/top?type=location&since=2031-03-03")))
                .containsExactly("loc:brackenford");
        assertThat(entityIds(server.json("/v1/entities/top?limit=1"))).containsExactly("loc:lindmoor");
        assertBadRequest("/v1/entities/top?type=ANIMAL", "type", "type must be one of LOCATION, MISC, ORG, PERSON");
        assertBadRequest("/v1/entities/top?limit=-1", "limit", "limit must be an integer between 1 and 200");
    }

    @Test
    void queriesAreTimedPerEndpoint() throws Exception {
        server.get("/v1/articles");
        server.get("/v1/entities/top");

        assertThat(server.scrape()).contains("newsstream_sink_query_seconds_count{endpoint=\"articles\"",
                "newsstream_sink_query_seconds_count{endpoint=\"entities_top\"");
    }

    @Test
    void pathsUnderAListEndpointAreNotFoundAndOtherMethodsNotAllowed() throws Exception {
        assertThat(server.get("/v1/articlesX").statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/stats/stance/extra?target=t").statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/articles/" + id(1)).statusCode()).isEqualTo(200);
    }

    private static void assertBadRequest(String pathAndQuery, String parameter, String message) throws Exception {
        server.assertBadRequest(pathAndQuery, parameter, message);
    }

    private static List<String> ids(String pathAndQuery) throws Exception {
        return server.articleIds(pathAndQuery);
    }

    private static List<String> buckets(JsonNode stats) {
        List<String> buckets = new ArrayList<>();
        stats.path("buckets").forEach(bucket -> buckets.add(bucket.path("start").asText() + " "
                + bucket.path("group").asText() + " " + bucket.path("FAVOR").asLong() + "/"
                + bucket.path("AGAINST").asLong() + "/" + bucket.path("NEUTRAL").asLong()));
        return buckets;
    }

    private static List<String> entityIds(JsonNode top) {
        List<String> ids = new ArrayList<>();
        top.forEach(entity -> ids.add(entity.path("id").asText()));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
