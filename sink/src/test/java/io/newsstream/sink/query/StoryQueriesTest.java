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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/stories} and {@code GET /v1/stories/{id}} over HTTP and the real database. */
class StoryQueriesTest {

    private static TestServer server;

    @BeforeAll
    static void storeAStoryRunByThreeOutletsAndAnotherStory() throws Exception {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(
                article(1).title("Tagus pier closes for repairs").published("2031-03-01T08:00:00Z")
                        .publisher("lisbon-daily", "Lisbon Daily").inStory(1)
                        .entity("lisbon", "Lisbon", EntityType.LOCATION, 2)
                        .stance("ferry-funding", StanceLabel.FAVOR).build(),
                article(2).title("Commuters face longer crossings").published("2031-03-01T09:00:00Z")
                        .publisher("porto-post", "Porto Post").copyOf(1, 0.82)
                        .stance("ferry-funding", StanceLabel.AGAINST).build(),
                article(3).title("Pier to close").published("2031-03-01T10:00:00Z")
                        .publisher("harbour-herald", "Harbour Herald").copyOf(1, 0.64).build(),
                article(4).title("Council raises ferry fares").published("2031-03-02T08:00:00Z")
                        .publisher("porto-post", "Porto Post").inStory(4)
                        .entity("transtejo", "Transtejo", EntityType.ORG, 1).build(),
                article(5).title("An article stored before stories").published("2031-02-20T08:00:00Z").build()));
        TestPostgres.indexForSearch();
        server = new TestServer(100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void oneStoryWithItsThreeOutletsEachCopyAndItsStance() throws Exception {
        JsonNode story = server.json("/v1/stories/" + id(1));

        assertThat(story.path("id").asText()).isEqualTo(id(1));
        assertThat(story.path("title").asText()).isEqualTo("Tagus pier closes for repairs");
        assertThat(story.path("firstSeen").asText()).isEqualTo("2031-03-01T08:00:00Z");
        assertThat(story.path("articles").asInt()).isEqualTo(3);
        assertThat(texts(story.path("outlets"))).containsExactly("Lisbon Daily", "Porto Post", "Harbour Herald");
        JsonNode items = story.path("items");
        assertThat(items.get(0).path("duplicateOf").isMissingNode()).isTrue();
        assertThat(items.get(1).path("duplicateOf").asText()).isEqualTo(id(1));
        assertThat(items.get(1).path("duplicateSimilarity").asDouble()).isEqualTo(0.82);
        assertThat(items.get(0).path("stances").get(0).path("label").asText()).isEqualTo("FAVOR");
        assertThat(items.get(1).path("stances").get(0).path("label").asText()).isEqualTo("AGAINST");
    }

    @Test
    void storiesNewestFirstEachOnceWithTheirCounts() throws Exception {
        JsonNode stories = server.json("/v1/stories?since=2031-03-01T00:00:00Z");

        assertThat(stories).hasSize(2);
        assertThat(stories.get(0).path("id").asText()).isEqualTo(id(4));
        assertThat(stories.get(1).path("id").asText()).isEqualTo(id(1));
        assertThat(stories.get(1).path("articles").asInt()).isEqualTo(3);
        assertThat(texts(stories.get(1).path("outlets")))
                .containsExactlyInAnyOrder("Lisbon Daily", "Porto Post", "Harbour Herald");
        assertThat(stances(stories.get(1))).containsExactly("Lisbon Daily:ferry-funding:FAVOR",
                "Porto Post:ferry-funding:AGAINST");
        assertThat(stories.get(0).path("stances")).isEmpty();
    }

    @Test
    void countingOriginalsCountsEachNearDuplicateGroupOnceButStillListsEveryArticle() throws Exception {
        JsonNode story = server.json("/v1/stories/" + id(1) + "?count=originals");

        assertThat(story.path("articles").asInt()).isEqualTo(1);
        assertThat(texts(story.path("outlets"))).containsExactly("Lisbon Daily");
        assertThat(story.path("items")).hasSize(3);
        JsonNode listed = server.json("/v1/stories?since=2031-03-01T00:00:00Z&count=originals").get(1);
        assertThat(listed.path("articles").asInt()).isEqualTo(1);
        assertThat(texts(listed.path("outlets"))).containsExactly("Lisbon Daily");
        assertThat(stances(listed)).containsExactly("Lisbon Daily:ferry-funding:FAVOR");
        assertThat(server.json("/v1/stories/" + id(1) + "?count=articles").path("articles").asInt()).isEqualTo(3);
    }

    @Test
    void aStoryWhoseOnlyArticlesInRangeAreCopiesIsListedOnlyWhenCopiesCount() throws Exception {
        String copiesOnly = "/v1/stories?since=2031-03-01T09:00:00Z&until=2031-03-02T00:00:00Z";

        assertThat(ids(server.json(copiesOnly))).containsExactly(id(1));
        assertThat(ids(server.json(copiesOnly + "&count=originals"))).isEmpty();
    }

    @Test
    void anArticleWithoutStoryIsItsOwnStory() throws Exception {
        JsonNode stories = server.json("/v1/stories?until=2031-02-28T00:00:00Z");

        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).path("id").asText()).isEqualTo(id(5));
        assertThat(stories.get(0).path("articles").asInt()).isEqualTo(1);
    }

    @Test
    void aStoryIsFoundByAnyOfItsArticlesEntitiesAndWords() throws Exception {
        assertThat(ids(server.json("/v1/stories?entity=Lisbon"))).containsExactly(id(1));
        assertThat(ids(server.json("/v1/stories?entity=transtejo"))).containsExactly(id(4));
        assertThat(ids(server.json("/v1/stories?q=crossings"))).containsExactly(id(1));
    }

    @Test
    void unknownStoriesAndBadIdsAndParametersAreRefused() throws Exception {
        assertThat(server.get("/v1/stories/" + id(9)).statusCode()).isEqualTo(404);
        assertThat(server.get("/v1/stories/NOT-AN-ID").statusCode()).isEqualTo(400);
        server.assertBadRequest("/v1/stories?colour=red", "colour", "colour");
        server.assertBadRequest("/v1/stories?count=copies", "count", "originals");
        server.assertBadRequest("/v1/stories/" + id(1) + "?count=copies", "count", "originals");
        server.assertBadRequest("/v1/stories/" + id(1) + "?unique=true", "unique", "count");
    }

    private static List<String> ids(JsonNode stories) {
        List<String> ids = new ArrayList<>();
        stories.forEach(story -> ids.add(story.path("id").asText()));
        return ids;
    }

    private static List<String> stances(JsonNode story) {
        List<String> stances = new ArrayList<>();
        story.path("stances").forEach(stance -> stances.add(stance.path("outlet").asText() + ":"
                + stance.path("target").asText() + ":" + stance.path("label").asText()));
        return stances;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
