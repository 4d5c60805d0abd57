package io.newsstream.sink.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.json.Json;
import io.newsstream.sink.Articles;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.store.ArticleStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticleByIdHandlerTest {

    private static final HttpClient client = HttpClient.newHttpClient();
    private static ServiceMetrics metrics;
    private static ServiceHttpServer server;

    @BeforeAll
    static void serveStoredArticles() throws Exception {
        TestPostgres.clean();
        ArticleStore store = new ArticleStore(TestPostgres.dataSource());
        store.upsert(List.of(Articles.harbour()));
        metrics = new ServiceMetrics();
        server = ServiceHttpServer.start("sink", "127.0.0.1", 0, metrics, () -> Readiness.Status.ready("test"),
                Map.of(ArticleByIdHandler.PATH, new ArticleByIdHandler(store)));
    }

    @AfterAll
    static void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void storedArticleIsServedAsEnrichedArticleJson() throws Exception {
        HttpResponse<String> response = get("/v1/articles/" + Articles.HARBOUR_ID);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(Json.mapper().readValue(response.body(), EnrichedArticle.class)).isEqualTo(Articles.harbour());
    }

    @Test
    void unknownIdIsNotFoundWithAMessage() throws Exception {
        HttpResponse<String> response = get("/v1/articles/0123456789abcdef0123456789abcdef");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(error(response)).contains("0123456789abcdef0123456789abcdef");
    }

    @Test
    void idThatIsNotLowercaseHexIsABadRequest() throws Exception {
        for (String id : List.of("3F9A0C1D", "article-1", "abc%20def", "a".repeat(65), "")) {
            HttpResponse<String> response = get("/v1/articles/" + id);

            assertThat(response.statusCode()).as("id '%s'", id).isEqualTo(400);
            assertThat(error(response)).contains("hex");
        }
    }

    @Test
    void idWithAnExtraPathSegmentIsABadRequest() throws Exception {
        assertThat(get("/v1/articles/" + Articles.HARBOUR_ID + "/entities").statusCode()).isEqualTo(400);
    }

    @Test
    void otherMethodsAreNotAllowed() throws Exception {
        HttpRequest delete = HttpRequest.newBuilder(uri("/v1/articles/" + Articles.HARBOUR_ID)).DELETE().build();

        HttpResponse<String> response = client.send(delete, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("GET");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String error(HttpResponse<String> response) throws Exception {
        JsonNode body = Json.mapper().readTree(response.body());
        return body.path("error").asText();
    }
}
