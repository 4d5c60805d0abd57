package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.json.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives POST /v1/articles through the real HTTP server, with Kafka replaced by a scripted publisher. */
class ArticlesHttpTest {

    private static final Instant NOW = Instant.parse("2025-05-20T07:15:00Z");
    private static final String ARTICLE = """
            {"url":"https://river.example/news/bridge?utm_source=feed","title":"Bridge reopens",
             "text":"The river bridge reopened after two months of repairs.","publishedAt":"2025-05-19T16:00:00Z",
             "sourceSystem":"ignored"}""";

    private final ScriptedPublisher publisher = new ScriptedPublisher();
    private final HttpClient client = HttpClient.newHttpClient();
    private ServiceMetrics metrics;
    private ServiceHttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }

    @Test
    void acceptedArticleIsAnswered202WithItsIdAndLine() throws Exception {
        start(Map.of());

        HttpResponse<String> response = post("application/json", ARTICLE);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = Json.mapper().readTree(response.body());
        String id = ArticleIds.of("https://river.example/news/bridge", "ignored for URL ids");
        assertThat(body.get("accepted").get(0).get("id").asText()).isEqualTo(id);
        assertThat(body.get("accepted").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(body.get("rejected")).isEmpty();
    }

    @Test
    void publishedArticleIsStampedAsReceivedOverHttpNow() throws Exception {
        start(Map.of());

        post("application/json; charset=utf-8", ARTICLE);

        RawArticle article = publisher.published.get(0);
        assertThat(article.channel()).isEqualTo(Channel.HTTP);
        assertThat(article.receivedAt()).isEqualTo(NOW);
        assertThat(article.title()).isEqualTo("Bridge reopens");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-05-19T16:00:00Z"));
    }

    @Test
    void answerWaitsForKafkasAcknowledgement() throws Exception {
        start(Map.of());
        publisher.holdAll();

        CompletableFuture<HttpResponse<String>> response = client.sendAsync(
                request("application/json", ARTICLE), HttpResponse.BodyHandlers.ofString());
        assertThat(publisher.firstPublish.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(response).isNotDone();

        publisher.held.get(0).complete(null);

        assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
    }

    @Test
    void unacknowledgedWriteIsAnswered503WithRetryAfter() throws Exception {
        start(Map.of(IngestConfig.SEND_TIMEOUT, "200ms", IngestConfig.RETRY_AFTER, "7s"));
        publisher.holdAll();

        HttpResponse<String> response = post("application/json", ARTICLE);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(error(response)).contains("did not acknowledge");
    }

    @Test
    void fullProducerBufferIsAnswered503WithRetryAfter() throws Exception {
        start(Map.of());
        publisher.failAll(new BufferExhaustedException("buffer full"));

        HttpResponse<String> response = post("application/json", ARTICLE);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void emptyTextIsAnswered400WithTheReasonAndNothingIsWritten() throws Exception {
        start(Map.of());

        HttpResponse<String> response = post("application/json", "{\"title\":\"No body\",\"text\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = Json.mapper().readTree(response.body());
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("error").asText()).isEqualTo("text is empty");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void malformedJsonIsAnswered400WithLineAndColumn() throws Exception {
        start(Map.of());

        HttpResponse<String> response = post("application/json", "{\"text\": \"Unfinished");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("not valid JSON at line 1 column");
    }

    @Test
    void badUrlIsAnswered400() throws Exception {
        start(Map.of());

        HttpResponse<String> response = post("application/json", "{\"url\":\"river.example/x\",\"text\":\"Some news.\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("url is not an absolute http(s) URL");
    }

    @Test
    void textOverTheArticleLimitIsAnswered413() throws Exception {
        start(Map.of(IngestConfig.MAX_ARTICLE_BYTES, "100"));

        HttpResponse<String> response = post("application/json", "{\"text\":\"" + "w".repeat(101) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).isEqualTo("text is 101 bytes, over the limit of 100");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void bodyOverTheRequestLimitIsAnswered413() throws Exception {
        start(Map.of(IngestConfig.MAX_REQUEST_BYTES, "1KiB", IngestConfig.MAX_ARTICLE_BYTES, "1KiB"));

        HttpResponse<String> response = post("application/json", "{\"text\":\"" + "w".repeat(2000) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).isEqualTo("request body is over the limit of 1024 bytes");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void chunkedBodyOverTheRequestLimitIsAnswered413() throws Exception {
        start(Map.of(IngestConfig.MAX_REQUEST_BYTES, "1KiB", IngestConfig.MAX_ARTICLE_BYTES, "1KiB"));
        byte[] body = ("{\"text\":\"" + "w".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(articlesUri())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void articleKafkaRefusesAsTooLargeIsAnswered413() throws Exception {
        start(Map.of());
        publisher.failAll(new RecordTooLargeException("over max.request.size"));

        assertThat(post("application/json", ARTICLE).statusCode()).isEqualTo(413);
    }

    @Test
    void unsupportedContentTypeIsAnswered415ListingTheSupportedOnes() throws Exception {
        start(Map.of());

        HttpResponse<String> response = post("application/xml", "<article/>");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).contains("'application/xml' is not supported").contains("application/json");
    }

    @Test
    void missingContentTypeIsAnswered415() throws Exception {
        start(Map.of());

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(articlesUri())
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).contains("missing");
    }

    @Test
    void getIsAnswered405WithAllowHeader() throws Exception {
        start(Map.of());

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(articlesUri()).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void pathBelowTheCollectionIsAnswered404() throws Exception {
        start(Map.of());

        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/v1/articles/abc"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void metricsEndpointExposesArticleCountsAndRequestLatency() throws Exception {
        start(Map.of());
        post("application/json", ARTICLE);
        post("application/json", "{\"text\":\"   \"}");

        String scrape = client.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + server.port() + "/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();

        assertThat(scrape)
                .containsPattern("newsstream_ingest_articles_total\\{[^}]*outcome=\"accepted\"[^}]*} 1\\.0")
                .containsPattern("newsstream_ingest_articles_total\\{[^}]*outcome=\"rejected\",reason=\"empty_text\"[^}]*} 1\\.0")
                .containsPattern("newsstream_ingest_request_duration_seconds_count\\{[^}]*status=\"202\"[^}]*} 1")
                .containsPattern("newsstream_ingest_request_duration_seconds_count\\{[^}]*status=\"400\"[^}]*} 1");
    }

    private void start(Map<String, String> overrides) throws IOException {
        IngestConfig config = IngestConfig.from(IngestConfigTest.settings(overrides));
        metrics = new ServiceMetrics(IngestService.NAME, "test");
        server = ServiceHttpServer.start(IngestService.NAME, "127.0.0.1", 0, metrics,
                () -> Readiness.Status.ready("test"),
                IngestService.routes(config, publisher, metrics.registry(), Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private HttpResponse<String> post(String contentType, String body) throws IOException, InterruptedException {
        return client.send(request(contentType, body), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String contentType, String body) {
        return HttpRequest.newBuilder(articlesUri())
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private URI articlesUri() {
        return URI.create("http://127.0.0.1:" + server.port() + ArticlesHandler.PATH);
    }

    private static String error(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body()).get("error").asText();
    }
}
