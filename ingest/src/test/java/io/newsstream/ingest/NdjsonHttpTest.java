package io.newsstream.ingest;

import static io.newsstream.ingest.IngestHttpFixture.error;
import static io.newsstream.ingest.IngestHttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.ArticleIds;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Drives NDJSON batches through POST /v1/articles: per-line verdicts, the batch limit, all-bad batches. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NdjsonHttpTest {

    private static final String NDJSON = "application/x-ndjson";
    private static final String MIXED_BATCH = """
            {"url":"https://coast.example/tide","title":"Spring tides","text":"Spring tides flooded the promenade twice this week."}

            {"title":"Blank story","text":""}
            {"url":"ftp://coast.example/files","text":"The archive of the coast guard moved online."}
            {"text":"The lighthouse museum reopens.","publishedAt":"last Tuesday"}
            {"text":"Fishing boats stayed in port during the storm."}
            {"text": lighthouse}
            """;

    private IngestHttpFixture http;

    @BeforeAll
    void startServer() throws Exception {
        http = IngestHttpFixture.start(Map.of(IngestConfig.MAX_BATCH_ARTICLES, "6"));
    }

    @AfterAll
    void stopServer() {
        http.close();
    }

    @BeforeEach
    void resetPublisher() {
        http.publisher.reset();
    }

    @Test
    void mixedBatchAcceptsTheGoodLinesAndGivesEachBadLineItsReason() throws Exception {
        HttpResponse<String> response = http.post(NDJSON, MIXED_BATCH);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = json(response);
        assertThat(accepted(body)).containsExactly(
                ArticleIds.of("https://coast.example/tide", "") + "@1",
                ArticleIds.of(null, "Fishing boats stayed in port during the storm.") + "@6");
        assertThat(rejected(body)).containsExactly(
                "3: text is empty",
                "4: url is not an absolute http(s) URL: 'ftp://coast.example/files'",
                "5: publishedAt is not ISO-8601: 'last Tuesday' (expected e.g. 2024-05-01T09:30:00Z, "
                        + "2024-05-01T11:30:00+02:00 or 2024-05-01)",
                "7: line 7: not valid JSON at column 10: Unrecognized token 'lighthouse': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(http.publisher.published).extracting(article -> article.title()).containsExactly("Spring tides", null);
    }

    @Test
    void lineBreakingAFieldRuleIsRejectedAloneAndTheOthersAreAccepted() throws Exception {
        String batch = "{\"text\":\"The tram depot gets solar panels.\",\"outletHint\":\"" + "o".repeat(3000) + "\"}\n"
                + "{\"text\":\"Night buses run again.\",\"language\":\"en\"}\n"
                + "{\"text\":\"Ferries\\u0000 too.\"}\n";

        HttpResponse<String> response = http.post(NDJSON, batch);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(accepted(json(response))).containsExactly(ArticleIds.of(null, "Night buses run again.") + "@2");
        assertThat(rejected(json(response))).containsExactly(
                "1: outletHint is 3000 characters, over the limit of 200",
                "3: text holds a NUL character (U+0000) at character 8, which cannot be stored");
    }

    @Test
    void jsonLinesMediaTypeAndWindowsLineEndingsAreReadTheSameWay() throws Exception {
        String batch = "{\"text\":\"The tram depot gets solar panels.\"}\r\n\r\n{\"text\":\"Night buses run again.\"}\r\n";

        HttpResponse<String> response = http.post("application/jsonl", batch);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(accepted(json(response))).containsExactly(
                ArticleIds.of(null, "The tram depot gets solar panels.") + "@1",
                ArticleIds.of(null, "Night buses run again.") + "@3");
    }

    @Test
    void batchAtTheLimitIsAccepted() throws Exception {
        HttpResponse<String> response = http.post(NDJSON, lines(6));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("accepted")).hasSize(6);
    }

    @Test
    void batchOverTheLimitIsAnswered413NamingTheLimitAndNothingIsWritten() throws Exception {
        HttpResponse<String> response = http.post(NDJSON, lines(7));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).isEqualTo("batch holds more than 6 articles, the limit per request; split it into smaller batches");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void batchWhoseEveryLineIsRejectedIsAnswered400WithTheSameLineList() throws Exception {
        HttpResponse<String> response = http.post(NDJSON, """
                {"text":"   "}
                not json at all
                """);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = json(response);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("error").asText()).isEqualTo("every article was rejected (2 of 2); see rejected for the reason of each line");
        assertThat(body.get("accepted")).isEmpty();
        assertThat(rejected(body)).containsExactly(
                "1: text is empty",
                "2: line 2: not valid JSON at column 1: Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void batchOfBlankLinesIsAnswered400AsEmpty() throws Exception {
        HttpResponse<String> response = http.post(NDJSON, "\n  \n\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("no article: the body is empty");
    }

    @Test
    void resendingABatchGivesTheSameIds() throws Exception {
        String first = http.post(NDJSON, MIXED_BATCH).body();
        String second = http.post(NDJSON, MIXED_BATCH).body();

        assertThat(accepted(IngestHttpFixture.json(first))).isEqualTo(accepted(IngestHttpFixture.json(second)));
    }

    private static String lines(int count) {
        StringBuilder batch = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            batch.append("{\"text\":\"Council meeting number ").append(i).append(" approved the budget.\"}\n");
        }
        return batch.toString();
    }

    /** Each accepted entry as {@code id@line}. */
    private static List<String> accepted(JsonNode body) {
        List<String> entries = new ArrayList<>();
        body.get("accepted").forEach(entry -> entries.add(entry.get("id").asText() + "@" + entry.get("line").asInt()));
        return entries;
    }

    /** Each rejected entry as {@code line: reason}. */
    private static List<String> rejected(JsonNode body) {
        List<String> entries = new ArrayList<>();
        body.get("rejected").forEach(entry -> entries.add(entry.get("line").asInt() + ": " + entry.get("reason").asText()));
        return entries;
    }
}
