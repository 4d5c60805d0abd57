package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.json.Json;
import io.newsstream.sink.query.ArticleSearch;
import io.newsstream.sink.query.QueryMetrics;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.stream.LiveFeed;
import io.newsstream.sink.stream.StoreFollower;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The sink's HTTP API on a free port over the test PostgreSQL, as {@link SinkService} wires it. */
public final class TestServer implements AutoCloseable {

    private static final HttpClient client = HttpClient.newHttpClient();

    private final ServiceMetrics metrics = new ServiceMetrics();
    private final LiveFeed feed;
    private final StoreFollower follower;
    private final ServiceHttpServer server;

    /** With its own live feed following the database, as every sink instance has. */
    public TestServer(int queueEvents) throws IOException, SQLException {
        feed = new LiveFeed(metrics.registry(), queueEvents);
        follower = StoreFollower.start(TestPostgres.dataSource(), new ArticleSearch(TestPostgres.dataSource()), feed);
        server = ServiceHttpServer.start("sink", "127.0.0.1", 0, metrics, () -> Readiness.Status.ready("test"),
                routes());
    }

    private Map<String, HttpHandler> routes() {
        Map<String, HttpHandler> routes = new HashMap<>(SinkRoutes.all(TestPostgres.dataSource(),
                new ArticleStore(TestPostgres.dataSource()), feed, new QueryMetrics(metrics.registry()),
                Duration.ofSeconds(15)));
        routes.putAll(SinkRoutes.page());
        return routes;
    }

    public LiveFeed feed() {
        return feed;
    }

    public String scrape() {
        return metrics.scrape();
    }

    public URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The ids of a {@code /v1/articles} page, in its order; fails unless the answer is 200. */
    public List<String> articleIds(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Json.mapper().readTree(response.body()).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** GETs and reads the body as JSON, whatever the status. */
    public JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        return Json.mapper().readTree(get(pathAndQuery).body());
    }

    /** GETs and checks the answer is 400 with {@code message} in its error, naming {@code parameter} unless null. */
    public void assertBadRequest(String pathAndQuery, String parameter, String message) throws Exception {
        HttpResponse<String> response = get(pathAndQuery);

        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(400);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.path("error").asText()).as(pathAndQuery).contains(message);
        if (parameter != null) {
            assertThat(body.path("parameter").asText()).as(pathAndQuery).isEqualTo(parameter);
        }
    }

    @Override
    public void close() {
        follower.close();
        feed.close();
        server.close();
        metrics.close();
    }
}
