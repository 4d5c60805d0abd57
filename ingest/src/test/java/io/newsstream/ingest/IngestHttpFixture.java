package io.newsstream.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * The ingest routes on a real HTTP server on a free port, with Kafka replaced by a {@link ScriptedPublisher}.
 * Started once per test class, because stopping the JDK server waits for up to a second.
 */
final class IngestHttpFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2025-05-20T07:15:00Z");

    final ScriptedPublisher publisher = new ScriptedPublisher();
    final HttpClient client = HttpClient.newHttpClient();
    private final ServiceMetrics metrics;
    private final ServiceHttpServer server;

    private IngestHttpFixture(Map<String, String> overrides) throws IOException {
        IngestConfig config = IngestConfig.from(IngestConfigTest.settings(overrides));
        metrics = new ServiceMetrics();
        try {
            server = ServiceHttpServer.start(IngestService.NAME, "127.0.0.1", 0, metrics,
                    () -> Readiness.Status.ready("test"),
                    IngestService.routes(config, publisher, metrics.registry(), Clock.fixed(NOW, ZoneOffset.UTC)));
        } catch (IOException | RuntimeException e) {
            metrics.close();
            throw e;
        }
    }

    /** @param overrides settings on top of the defaults */
    static IngestHttpFixture start(Map<String, String> overrides) throws IOException {
        return new IngestHttpFixture(overrides);
    }

    /** @param pathAndQuery e.g. {@code /v1/articles?url=...} */
    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
    }

    /** A POST to {@code /v1/articles} with the given content type and no body yet. */
    HttpRequest.Builder articles(String contentType) {
        return HttpRequest.newBuilder(uri(ArticlesHandler.PATH)).header("Content-Type", contentType);
    }

    HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        return send(articles(contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> post(String contentType, byte[] body) throws IOException, InterruptedException {
        return send(articles(contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    /** The Prometheus text of {@code /metrics}. */
    String scrape() throws IOException, InterruptedException {
        return get("/metrics").body();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    static JsonNode json(String body) throws IOException {
        return Json.mapper().readTree(body);
    }

    static String error(HttpResponse<String> response) throws IOException {
        return json(response).get("error").asText();
    }

    @Override
    public void close() {
        server.close();
        metrics.close();
    }
}
