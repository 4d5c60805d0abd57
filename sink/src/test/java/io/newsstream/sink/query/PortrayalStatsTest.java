package io.newsstream.sink.query;

import static io.newsstream.sink.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.json.Json;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/stats/portrayal} over HTTP and the real database. */
class PortrayalStatsTest {

    private static TestServer server;

    @BeforeAll
    static void storeArticlesPortrayingTheMayorAndTheUnion() throws Exception {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(
                article(1).published("2031-03-01T10:00:00Z").publisher("lindmoor-gazette", "Lindmoor Gazette")
                        .portrays("Elsa Varga", EntityType.PERSON, Polarity.POSITIVE)
                        .build(),
                article(2).published("2031-03-01T15:00:00Z").publisher("lindmoor-gazette", "Lindmoor Gazette")
                        .portrays("Elsa Varga", EntityType.PERSON, Polarity.NEGATIVE)
                        .build(),
                article(3).published("2031-03-02T09:00:00Z").publisher("harbour-herald", "Harbour Herald")
                        .portrays("Elsa Varga", EntityType.PERSON, Polarity.NEGATIVE)
                        .portrays("Lindmoor Fishers Union", EntityType.ORG, Polarity.POSITIVE)
                        .build(),
                article(4).published("2031-03-04T07:30:00Z")
                        .portrays("Elsa Varga", EntityType.PERSON, Polarity.NEUTRAL)
                        .build(),
                article(5).published("2031-03-03T08:00:00Z").publisher("harbour-herald", "Harbour Herald")
                        .entity("person:elsa-varga", "Elsa Varga", EntityType.PERSON, 1)
                        .portrays("Lindmoor Fishers Union", EntityType.ORG, Polarity.NEGATIVE)
                        .build()));
        server = new TestServer(100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void countsEachLabelPerDayAndPublisherWithUnknownForArticlesWithoutOne() throws Exception {
        JsonNode stats = server.json("/v1/stats/portrayal?entity=Elsa%20Varga");

        assertThat(stats.path("entity").asText()).isEqualTo("Elsa Varga");
        assertThat(stats.path("by").asText()).isEqualTo("outlet");
        assertThat(stats.path("interval").asText()).isEqualTo("day");
        assertThat(buckets(stats)).containsExactly(
                "2031-03-01T00:00:00Z Lindmoor Gazette 1/1/0",
                "2031-03-02T00:00:00Z Harbour Herald 0/1/0",
                "2031-03-04T00:00:00Z (unknown) 0/0/1");
    }

    @Test
    void theNameMatchesInAnyCaseButOnlyWhole() throws Exception {
        assertThat(buckets(server.json("/v1/stats/portrayal?entity=ELSA+varga")))
                .isEqualTo(buckets(server.json("/v1/stats/portrayal?entity=Elsa%20Varga")));
        assertThat(buckets(server.json("/v1/stats/portrayal?entity=Elsa"))).isEmpty();
    }

    @Test
    void eachEntityHasItsOwnCountsAndAMentionAloneIsNotAPortrayal() throws Exception {
        assertThat(buckets(server.json("/v1/stats/portrayal?entity=Lindmoor%20Fishers%20Union&by=outlet")))
                .containsExactly("2031-03-02T00:00:00Z Harbour Herald 1/0/0", "2031-03-03T00:00:00Z Harbour Herald 0/1/0");
    }

    @Test
    void hoursAndWeeksAndATimeRange() throws Exception {
        assertThat(buckets(server.json("/v1/stats/portrayal?entity=Elsa%20Varga&interval=hour&since=2031-03-01T12:00:00Z")))
                .containsExactly(
                        "2031-03-01T15:00:00Z Lindmoor Gazette 0/1/0",
                        "2031-03-02T09:00:00Z Harbour Herald 0/1/0",
                        "2031-03-04T07:00:00Z (unknown) 0/0/1");
        assertThat(buckets(server.json("/v1/stats/portrayal?entity=Elsa%20Varga&interval=week"))).containsExactly(
                "2031-02-24T00:00:00Z Harbour Herald 0/1/0",
                "2031-02-24T00:00:00Z Lindmoor Gazette 1/1/0",
                "2031-03-03T00:00:00Z (unknown) 0/0/1");
        assertThat(buckets(server.json("/v1/stats/portrayal?entity=Elsa%20Varga&until=2031-03-01")))
                .containsExactly("2031-03-01T00:00:00Z Lindmoor Gazette 1/1/0");
    }

    @Test
    void anEntityNobodyPortrayedAnswersEmptyBuckets() throws Exception {
        HttpResponse<String> response = server.get("/v1/stats/portrayal?entity=Brackenford%20Rail");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode buckets = Json.mapper().readTree(response.body()).path("buckets");
        assertThat(buckets.isArray()).isTrue();
        assertThat(buckets).isEmpty();
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() throws Exception {
        assertBadRequest("/v1/stats/portrayal", "entity", "entity is required");
        assertBadRequest("/v1/stats/portrayal?entity=%20", "entity", "entity is required");
        assertBadRequest("/v1/stats/portrayal?entity=x&by=speaker", "by", "by must be one of outlet, got 'speaker'");
        assertBadRequest("/v1/stats/portrayal?entity=x&interval=month", "interval",
                "interval must be one of day, hour, week");
        assertBadRequest("/v1/stats/portrayal?entity=x&since=2031-03-04&until=2031-03-02", "until",
                "must be after since");
        assertBadRequest("/v1/stats/portrayal?entity=x&target=harbour-rebuild", "target",
                "unknown parameter 'target'");
    }

    @Test
    void queriesAreTimedUnderTheirOwnEndpointName() throws Exception {
        server.get("/v1/stats/portrayal?entity=x");

        assertThat(server.scrape()).contains("newsstream_sink_query_seconds_count{endpoint=\"stats_portrayal\"");
    }

    private static void assertBadRequest(String pathAndQuery, String parameter, String message) throws Exception {
        server.assertBadRequest(pathAndQuery, parameter, message);
    }

    private static List<String> buckets(JsonNode stats) {
        List<String> buckets = new ArrayList<>();
        stats.path("buckets").forEach(bucket -> buckets.add(bucket.path("start").asText() + " "
                + bucket.path("group").asText() + " " + bucket.path("POSITIVE").asLong() + "/"
                + bucket.path("NEGATIVE").asLong() + "/" + bucket.path("NEUTRAL").asLong()));
        return buckets;
    }
}
