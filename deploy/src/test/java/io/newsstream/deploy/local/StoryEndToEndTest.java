package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wire story and two edited copies from other outlets through the whole pipeline (embedded Kafka, embedded
 * PostgreSQL): enrich marks the copies and puts all three in one story, and the sink serves it with three outlets
 * and lists it once when asked for each story once.
 */
class StoryEndToEndTest {

    private static final String ORIGINAL = """
            Grain Terminal Reopens at Lindmoor Docks

            The grain terminal at Lindmoor docks reopened on Wednesday after a six-week closure caused by a fire in \
            its conveyor hall, allowing the first barley shipments of the season to leave for export.

            Engineers replaced more than two hundred metres of conveyor belt and rebuilt the roof of the hall, the \
            harbour board said, and the terminal can again load three ships a day at full speed.

            Farmers' groups had warned that silos across the county were close to full, and that a longer closure \
            would have forced growers to sell their barley at a loss to inland mills.

            The harbour board said an inquiry into the fire had found an overheated bearing in the main conveyor, \
            and that sensors to detect heat would be fitted along every belt by the end of the year.

            About forty dock workers who had been sent home on reduced pay returned to full shifts on Wednesday.""";

    private static final String FIRST_COPY = """
            Barley exports resume as Lindmoor grain terminal reopens

            LINDMOOR \u2014 The grain terminal at Lindmoor docks reopened on Wednesday after a six-week closure caused \
            by a fire in its conveyor hall, allowing the first barley shipments of the season to leave for export.

            Engineers replaced more than two hundred metres of conveyor belt and rebuilt the roof of the hall, the \
            harbour board said, and the terminal can again load three ships a day at full speed.

            Farmers\u2019 groups had warned that silos across the county were close to full, and that a longer closure \
            would have forced growers to sell their barley at a loss to inland mills.

            The harbour board said an inquiry into the fire had found an overheated bearing in the main conveyor, \
            and that sensors to detect heat would be fitted along every belt by the end of the year.

            Sign up for our business newsletter to get the markets news every morning.""";

    private static final String SECOND_COPY = """
            Lindmoor grain terminal back in service after fire

            The grain terminal at Lindmoor docks reopened on Wednesday after a six-week closure caused by a fire in \
            its conveyor hall, allowing the first barley shipments of the season to leave for export.

            Engineers replaced more than two hundred metres of conveyor belt and rebuilt the roof of the hall, the \
            harbour board said, and the terminal can again load three ships a day at full speed.

            Farmers' groups had warned that silos across the county were close to full, and that a longer closure \
            would have forced growers to sell their barley at a loss to inland mills.""";

    @TempDir
    Path dataDir;

    @Test
    void anArticleAndTwoEditedCopiesFromOtherOutletsAreOneStoryWithThreeOutlets() throws Exception {
        try (EndToEndPipeline running = EndToEndPipeline.start(dataDir)) {
            EnrichedArticle original = send(running, "https://www.theguardian.com/business/lindmoor-grain", ORIGINAL);
            EnrichedArticle first = send(running, "https://www.bbc.co.uk/news/business-lindmoor-grain", FIRST_COPY);
            EnrichedArticle second = send(running, "https://www.irishtimes.com/business/lindmoor-grain", SECOND_COPY);

            assertThat(first.duplicateOf()).isEqualTo(original.id());
            assertThat(second.duplicateOf()).isEqualTo(original.id());
            assertThat(first.outlet().source().name()).isEqualTo(original.outlet().publisher().name());
            assertThat(List.of(original.storyId(), first.storyId(), second.storyId())).containsOnly(original.id());

            JsonNode story = getJson(running.pipeline().sinkUrl() + "/v1/stories/" + original.id());
            assertThat(story.path("articles").asInt()).isEqualTo(3);
            assertThat(texts(story.path("outlets"))).containsExactly("The Guardian", "BBC", "The Irish Times");
            assertThat(story.path("items").get(0).path("id").asText()).isEqualTo(original.id());
            JsonNode originals = getJson(running.pipeline().sinkUrl() + "/v1/stories/" + original.id()
                    + "?count=originals");
            assertThat(originals.path("articles").asInt()).isEqualTo(1);
            assertThat(texts(originals.path("outlets"))).containsExactly("The Guardian");

            String sink = running.pipeline().sinkUrl();
            assertThat(ids(getJson(sink + "/v1/articles?storyId=" + original.id()).path("items")))
                    .containsExactlyInAnyOrder(original.id(), first.id(), second.id());
            assertThat(ids(getJson(sink + "/v1/articles?storyId=" + original.id() + "&unique=true").path("items")))
                    .containsExactly(original.id());
        }
    }

    @Test
    void aCopyAfterARestartWithoutLocalStateFindsItsOriginalThroughTheChangelog() throws Exception {
        EnrichedArticle original;
        try (EndToEndPipeline running = EndToEndPipeline.start(dataDir)) {
            original = send(running, "https://www.theguardian.com/business/lindmoor-grain", ORIGINAL);
        }
        // Enrich's local stores are gone, as on a new machine: the story task restores them from their changelogs.
        try (Stream<Path> files = Files.walk(dataDir.resolve("streams"))) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        assertThat(dataDir.resolve("streams")).doesNotExist();

        try (EndToEndPipeline running = EndToEndPipeline.start(dataDir)) {
            EnrichedArticle copy = send(running, "https://www.bbc.co.uk/news/business-lindmoor-grain", FIRST_COPY);

            assertThat(copy.duplicateOf()).isEqualTo(original.id());
            assertThat(copy.storyId()).isEqualTo(original.id());
            assertThat(copy.outlet().source().name()).isEqualTo(original.outlet().publisher().name());
        }
    }

    /** Posts one article and waits until the sink has it, so the next one is enriched after it. */
    private static EnrichedArticle send(EndToEndPipeline running, String url, String text) throws Exception {
        var answer = running.client().post(Map.of("url", url, "text", text));
        assertThat(answer.status()).as("ingest answer %s", answer.body()).isEqualTo(202);
        return running.awaitStored(answer.acceptedId().orElseThrow());
    }

    private static JsonNode getJson(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
