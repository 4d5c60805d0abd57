package io.newsstream.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.contracts.Contracts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ServiceHttpServerTest {

    private final HttpClient client = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHealthMetricsAndItsOwnRoutes() throws Exception {
        AtomicBoolean ready = new AtomicBoolean(false);
        try (ServiceMetrics metrics = new ServiceMetrics();
             ServiceHttpServer server = ServiceHttpServer.start("test", "127.0.0.1", 0, metrics,
                     () -> ready.get() ? Readiness.Status.ready("ok") : Readiness.Status.notReady("waiting for Kafka"),
                     Map.of("/v1/hello", exchange -> Responses.json(exchange, 200, Map.of("hello", "world"))))) {
            int port = server.port();

            assertThat(get(port, "/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> notReady = get(port, "/health/ready");
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("waiting for Kafka");
            assertThat(get(port, "/metrics").body()).contains("newsstream_ready 0.0");
            ready.set(true);
            assertThat(get(port, "/health/ready").statusCode()).isEqualTo(200);

            HttpResponse<String> scrape = get(port, "/metrics");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("# TYPE", "jvm_memory_used_bytes",
                    "newsstream_ready 1.0");

            assertThat(get(port, "/v1/hello").body()).isEqualTo("{\"hello\":\"world\"}");
        }
    }

    @Test
    void maxThreadsRequestsAreServedAtOnceBesideJettysOwnThreads() throws Exception {
        int maxThreads = 8;
        CountDownLatch allInside = new CountDownLatch(maxThreads);
        HttpSettings http = new HttpSettings("127.0.0.1", 0, new HttpLimits(maxThreads, Duration.ofSeconds(30), 16 * 1024),
                BearerTokens.none());
        try (ServiceMetrics metrics = new ServiceMetrics();
             ServiceHttpServer server = ServiceHttpServer.start("test", http, metrics, () -> Readiness.Status.ready("ok"),
                     Map.of("/v1/wait", exchange -> {
                         // Each request waits for all the others, as open SSE streams do: only a pool with room for
                         // every one of them answers at all.
                         allInside.countDown();
                         try {
                             allInside.await(20, TimeUnit.SECONDS);
                         } catch (InterruptedException e) {
                             Thread.currentThread().interrupt();
                         }
                         Responses.json(exchange, 200, Map.of("inside", allInside.getCount() == 0));
                     }))) {
            List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < maxThreads; i++) {
                answers.add(HttpClient.newHttpClient().sendAsync(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/wait")).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS).body()).isEqualTo("{\"inside\":true}");
            }
        }
    }

    @Test
    void servesItsOpenApiDocumentAndTheSchemasItRefersTo() throws Exception {
        try (ServiceMetrics metrics = new ServiceMetrics();
             ServiceHttpServer server = ServiceHttpServer.start("sink", "127.0.0.1", 0, metrics,
                     () -> Readiness.Status.ready("ok"), Map.of())) {
            int port = server.port();

            HttpResponse<String> document = get(port, "/openapi.json");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.headers().firstValue("Content-Type")).contains("application/json");
            assertThat(document.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(Contracts.openApi("sink").orElseThrow());
            assertThat(document.body()).contains("/v1/entities/top", "schemas/enriched-article.schema.json");

            HttpResponse<String> schema = get(port, "/schemas/enriched-article.schema.json");
            assertThat(schema.statusCode()).isEqualTo(200);
            assertThat(schema.body()).contains("\"title\": \"EnrichedArticle\"");

            assertThat(get(port, "/schemas/missing.schema.json").statusCode()).isEqualTo(404);
            // Jetty refuses an encoded path traversal as ambiguous before any handler sees it.
            assertThat(get(port, "/schemas/..%2F..%2Fjson%2FJson.class").statusCode()).isIn(400, 404);
            assertThat(get(port, "/openapi.jsonx").statusCode()).isEqualTo(404);
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/openapi.json"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(405);
        }
    }

    @Test
    void aServiceWithoutAnOpenApiDocumentAnswers404() throws Exception {
        try (ServiceMetrics metrics = new ServiceMetrics();
             ServiceHttpServer server = ServiceHttpServer.start("test", "127.0.0.1", 0, metrics,
                     () -> Readiness.Status.ready("ok"), Map.of())) {
            HttpResponse<String> response = get(server.port(), "/openapi.json");
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).contains("test has no OpenAPI document");
        }
    }

    @Test
    void exceptionInAHandlerBecomesA500WithAMessage() throws Exception {
        try (ServiceMetrics metrics = new ServiceMetrics();
             ServiceHttpServer server = ServiceHttpServer.start("test", "127.0.0.1", 0, metrics,
                     () -> Readiness.Status.ready("ok"),
                     Map.of("/v1/broken", exchange -> {
                         throw new IllegalStateException("disk on fire");
                     }))) {
            HttpResponse<String> response = get(server.port(), "/v1/broken");
            assertThat(response.statusCode()).isEqualTo(500);
            assertThat(response.body()).contains("disk on fire");
        }
    }

    @Test
    void metricsCanRequireATokenOfTheirOwn() throws Exception {
        HttpSettings http = new HttpSettings("127.0.0.1", 0, HttpLimits.DEFAULTS, BearerTokens.of(List.of("scrape-secret")));
        try (ServiceMetrics metrics = new ServiceMetrics();
             ServiceHttpServer server = ServiceHttpServer.start("test", http, metrics,
                     () -> Readiness.Status.ready("ok"), Map.of())) {
            HttpResponse<String> refused = get(server.port(), "/metrics");
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"newsstream\"");

            HttpResponse<String> scrape = client.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/metrics"))
                    .header("Authorization", "Bearer scrape-secret").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains(
                    "newsstream_http_unauthorized_requests_total{endpoint=\"metrics\",reason=\"missing\"} 1.0");
            // Health stays open: probes carry no token.
            assertThat(get(server.port(), "/health/ready").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void portInUseIsReportedWithTheServiceAndTheSetting() throws Exception {
        try (ServiceMetrics metrics = new ServiceMetrics();
             ServiceHttpServer first = ServiceHttpServer.start("sink", "127.0.0.1", 0, metrics,
                     () -> Readiness.Status.ready("ok"), Map.of())) {
            assertThatThrownBy(() -> ServiceHttpServer.start("sink", "127.0.0.1", first.port(), metrics,
                    () -> Readiness.Status.ready("ok"), Map.of()))
                    .isInstanceOf(java.net.BindException.class)
                    .hasMessageContaining("sink cannot listen on 127.0.0.1:" + first.port())
                    .hasMessageContaining("sink.port");
        }
    }
}
