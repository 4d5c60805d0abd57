package io.newsstream.sink.query;

import static io.newsstream.sink.ArticleBuilder.article;
import static io.newsstream.sink.ArticleBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.json.Json;
import io.newsstream.sink.ArticleBuilder;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Copies and stories on the query side, over HTTP and the real database: the {@code duplicateOf}, {@code storyId}
 * and {@code unique} filters of lists and the export, and statistics that count each near-duplicate group once
 * unless asked for {@code count=articles}.
 */
class OncePerStoryTest {

    private static final String DAY = "2031-03-01T00:00:00Z";
    private static TestServer server;

    /**
     * A wire story (1) run again by two outlets (2, 3, near-duplicates), a different write-up of the same event (4,
     * same story cluster, not a copy) and an unrelated story (5).
     */
    @BeforeAll
    static void storeAWireStoryWithTwoCopiesAWriteUpAndAnotherStory() throws Exception {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(
                wireStory(article(1).publisher("wire", "Wire Agency").inStory(1), "08"),
                wireStory(article(2).publisher("porto-post", "Porto Post").copyOf(1, 0.9), "09"),
                wireStory(article(3).publisher("harbour-herald", "Harbour Herald").copyOf(1, 0.7), "10"),
                article(4).title("Ferry cuts anger commuters").published("2031-03-01T11:00:00Z")
                        .publisher("porto-post", "Porto Post").inStory(1)
                        .entity("loc:lisbon", "Lisbon", EntityType.LOCATION, 3)
                        .stance("ferry-funding", StanceLabel.AGAINST)
                        .portrays("Ana Costa", EntityType.PERSON, Polarity.NEGATIVE).build(),
                article(5).title("Porto opens a bridge").published("2031-03-01T12:00:00Z")
                        .publisher("wire", "Wire Agency").inStory(5)
                        .entity("loc:porto", "Porto", EntityType.LOCATION, 1).build()));
        server = new TestServer(100);
    }

    private static EnrichedArticle wireStory(ArticleBuilder builder, String hour) {
        return builder.title("Lisbon funds its ferries").published("2031-03-01T" + hour + ":00:00Z")
                .entity("loc:lisbon", "Lisbon", EntityType.LOCATION, 2)
                .stance("ferry-funding", StanceLabel.FAVOR)
                .portrays("Ana Costa", EntityType.PERSON, Polarity.POSITIVE).build();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void duplicateOfListsTheCopiesOfAnArticleAndStoryIdTheWholeCluster() throws Exception {
        assertThat(ids("/v1/articles?duplicateOf=" + id(1))).containsExactly(id(3), id(2));
        assertThat(ids("/v1/articles?storyId=" + id(1))).containsExactly(id(4), id(3), id(2), id(1));
        assertThat(ids("/v1/articles?storyId=" + id(5))).containsExactly(id(5));
        assertThat(ids("/v1/articles?duplicateOf=" + id(4))).isEmpty();
    }

    @Test
    void uniqueLeavesEveryCopyOutOfListsAndTheExport() throws Exception {
        assertThat(ids("/v1/articles?unique=true")).containsExactly(id(5), id(4), id(1));
        assertThat(ids("/v1/articles?unique=true&storyId=" + id(1))).containsExactly(id(4), id(1));
        assertThat(ids("/v1/articles?unique=false")).containsExactly(id(5), id(4), id(3), id(2), id(1));
        // A copy stays out even when its original does not match the other filters.
        assertThat(ids("/v1/articles?unique=true&outlet=harbour-herald")).isEmpty();

        String export = server.get("/v1/articles/export?format=ndjson&unique=true&storyId=" + id(1)).body();
        List<String> exported = new ArrayList<>();
        for (String line : export.lines().toList()) {
            exported.add(Json.mapper().readTree(line).path("id").asText());
        }
        assertThat(exported).containsExactly(id(4), id(1));
        assertThat(server.get("/v1/articles/export?format=ndjson&duplicateOf=" + id(1)).body().lines()).hasSize(2);
    }

    @Test
    void volumeCountsEachNearDuplicateGroupOnceUnlessAskedForEveryArticle() throws Exception {
        assertThat(volume("/v1/stats/volume?by=outlet"))
                .containsExactly(DAY + " Porto Post 1", DAY + " Wire Agency 2");
        assertThat(volume("/v1/stats/volume?by=outlet&count=originals"))
                .containsExactly(DAY + " Porto Post 1", DAY + " Wire Agency 2");
        assertThat(volume("/v1/stats/volume?by=outlet&count=articles"))
                .containsExactly(DAY + " Harbour Herald 1", DAY + " Porto Post 2", DAY + " Wire Agency 2");
        assertThat(volume("/v1/stats/volume?by=entity&storyId=" + id(1))).containsExactly(DAY + " Lisbon 2");
    }

    @Test
    void stanceAndPortrayalCountEachNearDuplicateGroupOnceUnlessAskedForEveryArticle() throws Exception {
        // The wire story favours and portrays positively, the other write-up opposes and portrays negatively.
        for (String labelled : List.of("stance?target=ferry-funding&by=outlet", "portrayal?entity=ana%20costa")) {
            String path = "/v1/stats/" + labelled;
            assertThat(labels(path)).as(path).containsExactly("Porto Post 0 1", "Wire Agency 1 0");
            assertThat(labels(path + "&count=articles")).as(path)
                    .containsExactly("Harbour Herald 1 0", "Porto Post 1 1", "Wire Agency 1 0");
        }
    }

    @Test
    void topEntitiesCountEachNearDuplicateGroupOnceUnlessAskedForEveryArticle() throws Exception {
        assertThat(top("/v1/entities/top")).containsExactly("Lisbon 2 5", "Porto 1 1");
        assertThat(top("/v1/entities/top?count=articles")).containsExactly("Lisbon 4 9", "Porto 1 1");
    }

    @Test
    void unknownCountingsAndUniqueValuesAreRefused() throws Exception {
        server.assertBadRequest("/v1/stats/volume?count=stories", "count", "originals");
        server.assertBadRequest("/v1/entities/top?count=copies", "count", "articles");
        server.assertBadRequest("/v1/articles?unique=yes", "unique", "true");
        // Statistics say it with count only, lists with unique only.
        server.assertBadRequest("/v1/stats/volume?unique=true", "unique", "unknown parameter");
        server.assertBadRequest("/v1/articles?count=articles", "count", "unknown parameter");
    }

    private static List<String> ids(String pathAndQuery) throws Exception {
        return server.articleIds(pathAndQuery);
    }

    private static List<String> volume(String pathAndQuery) throws Exception {
        List<String> buckets = new ArrayList<>();
        server.json(pathAndQuery).path("buckets").forEach(bucket -> buckets.add(bucket.path("start").asText() + " "
                + bucket.path("group").asText() + " " + bucket.path("articles").asLong()));
        return buckets;
    }

    /**
     * Each bucket as its group, its favourable or positive count and its opposed or negative count; all articles here
     * fall on one day.
     */
    private static List<String> labels(String pathAndQuery) throws Exception {
        List<String> buckets = new ArrayList<>();
        server.json(pathAndQuery).path("buckets").forEach(bucket -> {
            assertThat(bucket.path("start").asText()).isEqualTo(DAY);
            boolean stance = bucket.has("FAVOR");
            buckets.add(bucket.path("group").asText() + " " + bucket.path(stance ? "FAVOR" : "POSITIVE").asLong()
                    + " " + bucket.path(stance ? "AGAINST" : "NEGATIVE").asLong());
        });
        return buckets;
    }

    private static List<String> top(String pathAndQuery) throws Exception {
        List<String> entities = new ArrayList<>();
        server.json(pathAndQuery).forEach(entity -> entities.add(entity.path("name").asText() + " "
                + entity.path("articles").asLong() + " " + entity.path("mentions").asLong()));
        return entities;
    }
}
