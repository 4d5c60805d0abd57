package io.newsstream.sink.export;

import static io.newsstream.sink.ArticleBuilder.article;
import static io.newsstream.sink.ArticleBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.http.Problem;
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

/** {@code GET /v1/articles/export} over HTTP and the real database. */
class ArticleExportTest {

    // Everything that could end a CSV field or row early, or upset a reader.
    private static final String HOSTILE_TITLE = "\"Quoted\", then, commas\r\nand a new line; =cmd|' /C calc'!A0 ";
    private static final String HOSTILE_BODY = "Line one\nline \"two\"\rthree,\u2028four\t\"\"";
    // Two full fetches and one row more; the German half is exactly one full fetch, then an empty one.
    private static final int ARTICLES = 1001;
    private static TestServer server;

    @BeforeAll
    static void storeMoreArticlesThanAPageHolds() throws Exception {
        TestPostgres.clean();
        List<EnrichedArticle> articles = new ArrayList<>();
        articles.add(article(1).title(HOSTILE_TITLE).body(HOSTILE_BODY).published("2031-03-01T10:00:00Z")
                .publisher("gazette", "Lindmoor, Gazette").cited("wire", "Coastal \"Wire\"").author("Ann Moss")
                .author("Jo Brandt").entity("person:elsa-varga", "Elsa Varga", EntityType.PERSON, 2)
                .stance("harbour-rebuild", StanceLabel.FAVOR).build());
        for (int n = 2; n <= ARTICLES; n++) {
            articles.add(article(n).title("Article " + n).published("2031-03-02T00:00:00Z")
                    .language(n % 2 == 0 ? "en" : "de").build());
        }
        new ArticleStore(TestPostgres.dataSource()).upsert(articles);
        server = new TestServer(100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void csvHasTheDocumentedColumnsAndEveryArticleWithoutACap() throws Exception {
        HttpResponse<String> response = server.get("/v1/articles/export?format=csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8; header=present");
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"articles.csv\"");
        List<List<String>> rows = CsvReader.rows(response.body());
        assertThat(rows.get(0)).containsExactly("id", "url", "canonical_url", "title", "published_at", "received_at",
                "language", "channel", "feed", "publisher", "source", "cited", "authors", "entities", "stances",
                "word_count", "duplicate_of", "body");
        assertThat(rows).hasSize(ARTICLES + 1);
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(row).hasSize(ArticleCsv.COLUMNS.size()));
        // Newest first, as /v1/articles lists them.
        assertThat(rows.get(1).get(0)).isEqualTo(id(ARTICLES));
        assertThat(rows.get(ARTICLES).get(0)).isEqualTo(id(1));
    }

    @Test
    void hostileTextComesBackFieldForFieldAsStored() throws Exception {
        List<List<String>> rows = CsvReader.rows(server.get("/v1/articles/export?entity=person:elsa-varga").body());

        assertThat(rows).hasSize(2);
        List<String> row = rows.get(1);
        assertThat(column(row, "title")).isEqualTo(HOSTILE_TITLE);
        assertThat(column(row, "body")).isEqualTo(HOSTILE_BODY);
        assertThat(column(row, "publisher")).isEqualTo("Lindmoor, Gazette");
        assertThat(column(row, "cited")).isEqualTo("Coastal \"Wire\"");
        assertThat(column(row, "authors")).isEqualTo("Ann Moss; Jo Brandt");
        assertThat(column(row, "stances")).isEqualTo("harbour-rebuild=FAVOR");
        assertThat(column(row, "published_at")).isEqualTo("2031-03-01T10:00:00Z");
        assertThat(column(row, "channel")).isEqualTo("http");
    }

    @Test
    void ndjsonIsOneStoredArticlePerLineWithTheSameFilters() throws Exception {
        HttpResponse<String> response = server.get("/v1/articles/export?format=ndjson&language=de");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-ndjson");
        String[] lines = response.body().split("\n");
        assertThat(lines).hasSize((ARTICLES - 1) / 2);
        EnrichedArticle first = Json.mapper().readValue(lines[0], EnrichedArticle.class);
        assertThat(first.id()).as("odd numbers are German").isEqualTo(id(ARTICLES % 2 == 1 ? ARTICLES : ARTICLES - 1));
        assertThat(first.language()).isEqualTo("de");

        String hostile = server.get("/v1/articles/export?format=ndjson&author=Jo%20Brandt").body();
        assertThat(hostile.split("\n")).hasSize(1);
        assertThat(Json.mapper().readValue(hostile, EnrichedArticle.class).body()).isEqualTo(HOSTILE_BODY);
    }

    @Test
    void anEmptySelectionIsJustTheHeader() throws Exception {
        assertThat(CsvReader.rows(server.get("/v1/articles/export?until=2000-01-01").body())).hasSize(1);
        assertThat(server.get("/v1/articles/export?format=ndjson&until=2000-01-01").body()).isEmpty();
    }

    @Test
    void badParametersAnswerProblemDetailsBeforeAnyRow() throws Exception {
        HttpResponse<String> response = server.get("/v1/articles/export?format=xlsx");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        JsonNode problem = Json.mapper().readTree(response.body());
        assertThat(problem.path("parameter").asText()).isEqualTo("format");
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        server.assertBadRequest("/v1/articles/export?limit=5", "limit", "unknown parameter");
        server.assertBadRequest("/v1/articles/export?since=2031-03-02&until=2031-03-01", "until", "must be after");
    }

    private static String column(List<String> row, String name) {
        return row.get(ArticleCsv.COLUMNS.indexOf(name));
    }
}
