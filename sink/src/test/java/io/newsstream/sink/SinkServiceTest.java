package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.sink.store.ArticleStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service wired as in production, against the test PostgreSQL by JDBC URL and a Kafka address nobody serves. */
class SinkServiceTest {

    private static final HttpClient client = HttpClient.newHttpClient();

    @Test
    void servesStoredArticlesAndItsMetersOverHttpAndClosesTwiceQuietly() throws Exception {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(Articles.harbour()));
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(
                SinkConfig.HOST, "127.0.0.1",
                SinkConfig.PORT, "0",
                SinkConfig.JDBC_URL, TestPostgres.jdbcUrl(),
                SinkConfig.JDBC_USER, "postgres",
                // Nothing listens there: the consumer keeps polling without a broker.
                "kafka.bootstrap.servers", "127.0.0.1:1",
                "instance", "test")));

        SinkService service = new SinkService(config);
        try {
            service.start();

            assertThat(get(service, "/v1/articles/" + Articles.HARBOUR_ID).statusCode()).isEqualTo(200);
            assertThat(get(service, "/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> metrics = get(service, "/metrics");
            assertThat(metrics.body()).contains("newsstream_sink_articles_written_total",
                    "newsstream_sink_batches_written_total", "newsstream_sink_batch_write_seconds",
                    "newsstream_sink_dead_letters_total", "newsstream_sink_write_retries_total",
                    "kafka_consumer_", "newsstream_sink_sse_subscribers",
                    "newsstream_sink_sse_dropped_total", "newsstream_sink_end_to_end_seconds_bucket",
                    "hikaricp_connections_active{", "pool=\"newsstream-sink-query\"",
                    "pool=\"newsstream-sink-write\"", "pool=\"newsstream-sink-index\"",
                    "newsstream_sink_index_waiting_articles", "newsstream_sink_index_oldest_waiting_seconds",
                    "newsstream_sink_articles_indexed_total", "newsstream_sink_index_failures_total");
            assertThat(get(service, "/v1/articles?limit=1").body()).contains(Articles.HARBOUR_ID);
            // Nothing serves Kafka here, so the consumer never joins: not ready, but the database part answers.
            assertThat(service.readiness().detail()).doesNotContain("database");
        } finally {
            service.close();
            service.close();
        }
        assertThat(service.readiness().ready()).isFalse();
        assertThat(service.readiness().detail()).isEqualTo("stopped");
    }

    @Test
    void withTokensConfiguredTheApiAndTheStreamNeedOneAndMetricsTheirOwnWhileThePageStaysOpen() throws Exception {
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(
                SinkConfig.HOST, "127.0.0.1",
                SinkConfig.PORT, "0",
                SinkConfig.JDBC_URL, TestPostgres.jdbcUrl(),
                SinkConfig.JDBC_USER, "postgres",
                SinkConfig.AUTH_TOKENS, "reader-token",
                "metrics.auth.tokens", "scraper-token",
                "kafka.bootstrap.servers", "127.0.0.1:1",
                "instance", "test")));

        try (SinkService service = new SinkService(config)) {
            service.start();

            for (String path : List.of("/v1/articles?limit=1", "/v1/articles/" + Articles.HARBOUR_ID, "/v1/stream",
                    "/v1/stats/stance?target=climate-action", "/v1/entities/top", "/v1/articles/export",
                    "/v1/stats/volume")) {
                assertThat(get(service, path).statusCode()).as(path).isEqualTo(401);
            }
            assertThat(get(service, "/v1/articles?limit=1", "reader-token").statusCode()).isEqualTo(200);
            assertThat(get(service, "/v1/articles?limit=1", "scraper-token").statusCode()).isEqualTo(401);
            assertThat(get(service, "/metrics").statusCode()).isEqualTo(401);
            assertThat(get(service, "/metrics", "reader-token").statusCode()).isEqualTo(401);
            assertThat(get(service, "/metrics", "scraper-token").body())
                    .contains("newsstream_http_unauthorized_requests_total{endpoint=\"api\"");
            assertThat(get(service, "/health/live").statusCode()).isEqualTo(200);
            // The page's files hold no data; the page sends the token with its API calls.
            assertThat(get(service, "/").statusCode()).isEqualTo(200);
            assertThat(get(service, "/ui/app.js").statusCode()).isEqualTo(200);
        }
    }

    private static HttpResponse<String> get(SinkService service, String path, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Authorization", "Bearer " + token).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(SinkService service, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
