package io.newsstream.ingest;

import static io.newsstream.ingest.IngestHttpFixture.error;
import static io.newsstream.ingest.IngestHttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Drives text/plain articles through POST /v1/articles: title and text from the body, the rest from the query. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainTextHttpTest {

    private static final String STORY = "\n  Library extends opening hours  \n\nThe city library will open on Sundays from March.\n"
            + "Volunteers will staff the reading room.\n";
    private static final String STORY_TEXT = "The city library will open on Sundays from March.\nVolunteers will staff the reading room.";

    private IngestHttpFixture http;

    @BeforeAll
    void startServer() throws Exception {
        http = IngestHttpFixture.start(Map.of());
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
    void firstNonEmptyLineIsTheTitleAndTheRestIsTheText() throws Exception {
        HttpResponse<String> response = http.post("text/plain", STORY);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("accepted").get(0).get("id").asText()).isEqualTo(ArticleIds.of(null, STORY_TEXT));
        RawArticle article = http.publisher.published.get(0);
        assertThat(article.title()).isEqualTo("Library extends opening hours");
        assertThat(article.text()).isEqualTo(STORY_TEXT);
        assertThat(article.url()).isNull();
        assertThat(article.channel()).isEqualTo(Channel.HTTP);
    }

    @Test
    void queryParametersGiveTheFieldsPlainTextCannotCarry() throws Exception {
        String query = "?url=https%3A%2F%2Fhill.example%2Fnews%2Flibrary&outletHint=Hill+Gazette&language=en"
                + "&publishedAt=2025-05-19T08%3A00%3A00%2B02%3A00";

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri(ArticlesHandler.PATH + query))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(STORY)).build());

        assertThat(response.statusCode()).isEqualTo(202);
        RawArticle article = http.publisher.published.get(0);
        assertThat(article.id()).isEqualTo(ArticleIds.of("https://hill.example/news/library", STORY_TEXT));
        assertThat(article.url()).isEqualTo("https://hill.example/news/library");
        assertThat(article.outletHint()).isEqualTo("Hill Gazette");
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-05-19T06:00:00Z"));
    }

    @Test
    void declaredCharsetIsHonoured() throws Exception {
        byte[] latin1 = "Café reopens\nThe café by the station reopens with a new crêpe menu.".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = http.post("text/plain; charset=ISO-8859-1", latin1);

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(http.publisher.published.get(0).title()).isEqualTo("Café reopens");
        assertThat(http.publisher.published.get(0).text()).isEqualTo("The café by the station reopens with a new crêpe menu.");
    }

    @Test
    void bytesThatAreNotUtf8AreAnswered400() throws Exception {
        byte[] latin1 = "Café reopens\nThe café reopens.".getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = http.post("text/plain", latin1);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("body is not valid UTF-8 text");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void titleWithoutTextIsAnswered400SayingWhatTheBodyShouldBe() throws Exception {
        HttpResponse<String> response = http.post("text/plain", "Just a headline\n\n");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("text is empty: a text/plain body is the title on its first line, then the text");
    }

    @Test
    void unknownQueryParameterIsAnswered400NamingIt() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri(ArticlesHandler.PATH + "?outlethint=Hill"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(STORY)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo(
                "unknown query parameter 'outlethint'; text/plain takes url, outletHint, language and publishedAt");
    }

    @Test
    void invalidParameterValueIsValidatedLikeAJsonField() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri(ArticlesHandler.PATH + "?publishedAt=soon"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(STORY)).build());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("publishedAt is not ISO-8601: 'soon'");
    }
}
