package io.newsstream.ingest;

import static io.newsstream.ingest.IngestHttpFixture.NOW;
import static io.newsstream.ingest.IngestHttpFixture.error;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Drives POST /v1/articles with one JSON article through the real HTTP server, Kafka replaced by a scripted publisher. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticlesHttpTest {

    static final String ARTICLE = """
            {"url":"https://river.example/news/bridge?utm_source=feed","title":"Bridge reopens",
             "text":"The river bridge reopened after two months of repairs.","publishedAt":"2025-05-19T16:00:00Z",
             "sourceSystem":"ignored"}""";

    private IngestHttpFixture http;
    private ScriptedPublisher publisher;

    @BeforeAll
    void startServer() throws Exception {
        http = IngestHttpFixture.start(Map.of());
        publisher = http.publisher;
    }

    @AfterAll
    void stopServer() {
        http.close();
    }

    @BeforeEach
    void resetPublisher() {
        publisher.reset();
    }

    @Test
    void acceptedArticleIsAnswered202WithItsIdAndLine() throws Exception {
        HttpResponse<String> response = http.post("application/json", ARTICLE);

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = IngestHttpFixture.json(response);
        String id = ArticleIds.of("https://river.example/news/bridge", "ignored for URL ids");
        assertThat(body.get("accepted").get(0).get("id").asText()).isEqualTo(id);
        assertThat(body.get("accepted").get(0).get("line").asInt()).isEqualTo(1);
        assertThat(body.get("rejected")).isEmpty();
    }

    @Test
    void publishedArticleIsStampedAsReceivedOverHttpNow() throws Exception {
        http.post("application/json; charset=utf-8", ARTICLE);

        RawArticle article = publisher.published.get(0);
        assertThat(article.channel()).isEqualTo(Channel.HTTP);
        assertThat(article.receivedAt()).isEqualTo(NOW);
        assertThat(article.title()).isEqualTo("Bridge reopens");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2025-05-19T16:00:00Z"));
    }

    @Test
    void answerWaitsForKafkasAcknowledgement() throws Exception {
        publisher.holdAll();

        CompletableFuture<HttpResponse<String>> response = http.client.sendAsync(
                http.articles("application/json").POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(publisher.firstPublish.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(response).isNotDone();

        publisher.held.get(0).complete(null);

        assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(202);
    }

    @Test
    void fullProducerBufferIsAnswered503WithRetryAfter() throws Exception {
        publisher.failAll(new BufferExhaustedException("buffer full"));

        HttpResponse<String> response = http.post("application/json", ARTICLE);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("5");
    }

    @Test
    void emptyTextIsAnswered400WithTheReasonAndNothingIsWritten() throws Exception {
        HttpResponse<String> response = http.post("application/json", "{\"title\":\"No body\",\"text\":\"\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode body = IngestHttpFixture.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("error").asText()).isEqualTo("text is empty");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void malformedJsonIsAnswered400WithLineAndColumn() throws Exception {
        HttpResponse<String> response = http.post("application/json", "{\"text\": \"Unfinished");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("not valid JSON at line 1 column");
    }

    @Test
    void badUrlIsAnswered400() throws Exception {
        HttpResponse<String> response = http.post("application/json", "{\"url\":\"river.example/x\",\"text\":\"Some news.\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("url is not an absolute http(s) URL");
    }

    @Test
    void articleKafkaRefusesAsTooLargeIsAnswered413() throws Exception {
        publisher.failAll(new RecordTooLargeException("over max.request.size"));

        assertThat(http.post("application/json", ARTICLE).statusCode()).isEqualTo(413);
    }

    @Test
    void titleOverItsLimitIsAnswered400NamingTheFieldAndTheLimit() throws Exception {
        HttpResponse<String> response = http.post("application/json",
                "{\"title\":\"" + "t".repeat(3 * 1024 * 1024) + "\",\"text\":\"The ferry runs.\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("title is 3145728 characters, over the limit of 1000");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void nulCharacterInTextIsAnswered400NamingTheField() throws Exception {
        HttpResponse<String> response = http.post("application/json", "{\"text\":\"The ferry\\u0000 runs.\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("text holds a NUL character (U+0000) at character 10, which cannot be stored");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void publishedAtBeyondTheStorableRangeIsAnswered400() throws Exception {
        HttpResponse<String> response = http.post("application/json",
                "{\"text\":\"The ferry runs.\",\"publishedAt\":\"+999999999-12-31T23:59:59-18:00\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("publishedAt is outside the years 1000 to 9999 (UTC)");
    }

    @Test
    void numberForTextIsAnswered400SayingItMustBeAString() throws Exception {
        HttpResponse<String> response = http.post("application/json", "{\"text\":12345}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).startsWith("text must be a string");
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void lonelySurrogateEscapeIsAnswered400() throws Exception {
        HttpResponse<String> response = http.post("application/json", "{\"text\":\"The ferry \\ud800 runs.\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(publisher.published).isEmpty();
    }

    @Test
    void unsupportedContentTypeIsAnswered415ListingTheSupportedOnes() throws Exception {
        HttpResponse<String> response = http.post("application/xml", "<article/>");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).contains("'application/xml' is not supported")
                .contains("application/json", "application/x-ndjson", "application/jsonl", "text/plain");
    }

    @Test
    void unknownCharsetIsAnswered415() throws Exception {
        HttpResponse<String> response = http.post("text/plain; charset=klingon-8", "Title\nText.");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).isEqualTo("charset 'klingon-8' is not supported");
    }

    @Test
    void missingContentTypeIsAnswered415() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri(ArticlesHandler.PATH))
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).contains("missing");
    }

    @Test
    void getIsAnswered405WithAllowHeader() throws Exception {
        HttpResponse<String> response = http.get(ArticlesHandler.PATH);

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void pathBelowTheCollectionIsAnswered404() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(http.uri("/v1/articles/abc"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ARTICLE)).build());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(publisher.published).isEmpty();
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithSmallLimits {

        private IngestHttpFixture small;

        @BeforeAll
        void startServer() throws Exception {
            small = IngestHttpFixture.start(Map.of(IngestConfig.MAX_REQUEST_BYTES, "1KiB", IngestConfig.MAX_ARTICLE_BYTES, "100"));
        }

        @AfterAll
        void stopServer() {
            small.close();
        }

        @Test
        void textOverTheArticleLimitIsAnswered413() throws Exception {
            HttpResponse<String> response = small.post("application/json", "{\"text\":\"" + "w".repeat(101) + "\"}");

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(error(response)).isEqualTo("text is 101 bytes, over the limit of 100");
            assertThat(small.publisher.published).isEmpty();
        }

        @Test
        void bodyOverTheRequestLimitIsAnswered413() throws Exception {
            HttpResponse<String> response = small.post("application/json", "{\"text\":\"" + "w".repeat(2000) + "\"}");

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(error(response)).isEqualTo("request body is over the limit of 1024 bytes");
            assertThat(small.publisher.published).isEmpty();
        }

        @Test
        void chunkedBodyOverTheRequestLimitIsAnswered413() throws Exception {
            byte[] body = ("{\"text\":\"" + "w".repeat(2000) + "\"}").getBytes(StandardCharsets.UTF_8);

            HttpResponse<String> response = small.send(small.articles("application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                    .build());

            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(small.publisher.published).isEmpty();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class WithShortSendTimeout {

        private IngestHttpFixture impatient;

        @BeforeAll
        void startServer() throws Exception {
            impatient = IngestHttpFixture.start(Map.of(IngestConfig.SEND_TIMEOUT, "200ms", IngestConfig.RETRY_AFTER, "7s"));
        }

        @AfterAll
        void stopServer() {
            impatient.close();
        }

        @Test
        void unacknowledgedWriteIsAnswered503WithRetryAfter() throws Exception {
            impatient.publisher.holdAll();

            HttpResponse<String> response = impatient.post("application/json", ARTICLE);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(error(response)).contains("did not acknowledge");
        }

        @Test
        void batchWithOneUnacknowledgedWriteIsAnswered503SoTheWholeBatchIsResent() throws Exception {
            impatient.publisher.holdWhen(article -> article.text().contains("ferry"));
            String batch = """
                    {"text":"The harbour market opens on Saturdays from June."}
                    {"text":"The evening ferry is cancelled because of fog."}
                    """;

            HttpResponse<String> response = impatient.post("application/x-ndjson", batch);

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Retry-After")).hasValue("7");
            assertThat(impatient.publisher.published).hasSize(2);
        }
    }
}
