package io.newsstream.deploy.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drives the client against a small scripted HTTP server standing in for ingest's answers. */
class IngestClientTest {

    /** One answer of the scripted server. */
    private record Answer(int status, String body, String retryAfter) {
    }

    private HttpServer server;
    private final List<String> requestBodies = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();

    private String serve(Function<String, Answer> script) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/articles", exchange -> respond(exchange, script));
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void respond(HttpExchange exchange, Function<String, Answer> script) throws IOException {
        try (exchange; InputStream in = new GZIPInputStream(exchange.getRequestBody())) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            requestBodies.add(body);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            Answer answer = script.apply(body);
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().set("Retry-After", answer.retryAfter());
            }
            byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        }
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private IngestClient client(String url, String token) {
        return new IngestClient(url, token, 4, Duration.ofMillis(100), sleeps::add);
    }

    private static List<FeedItem> items(String... texts) {
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            ObjectNode article = Json.mapper().createObjectNode().put("text", texts[i]);
            items.add(FeedItem.article(Path.of("in.ndjson"), 10 + i, article, 20));
        }
        return items;
    }

    private static int lines(String body) {
        return (int) body.lines().count();
    }

    @Test
    void perLineAnswerIsMappedBackToEachArticle() throws Exception {
        String url = serve(body -> new Answer(202,
                "{\"accepted\":[{\"id\":\"aa\",\"line\":1},{\"id\":\"cc\",\"line\":3}],"
                        + "\"rejected\":[{\"line\":2,\"reason\":\"line 2: text is empty\"}]}", null));

        List<FeedResult> results = client(url, "s3cret").send(items("one", " ", "three"));

        assertThat(results).extracting(FeedResult::id).containsExactly("aa", null, "cc");
        assertThat(results.get(1).reason()).isEqualTo("text is empty");
        assertThat(results.get(1).item().location()).isEqualTo("in.ndjson:11");
        assertThat(requestBodies).singleElement().satisfies(body -> assertThat(lines(body)).isEqualTo(3));
        assertThat(authorizations).containsExactly("Bearer s3cret");
    }

    @Test
    void serviceUnavailableIsRetriedHonouringRetryAfter() throws Exception {
        int[] calls = {0};
        String url = serve(body -> ++calls[0] < 3
                ? new Answer(503, "{\"error\":\"Kafka did not acknowledge\"}", "2")
                : new Answer(202, "{\"accepted\":[{\"id\":\"aa\",\"line\":1}],\"rejected\":[]}", null));

        List<FeedResult> results = client(url, null).send(items("one"));

        assertThat(results).extracting(FeedResult::id).containsExactly("aa");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
        assertThat(authorizations).allMatch("null"::equals);
    }

    @Test
    void givesUpAfterTheLastAttemptWithTheReason() throws Exception {
        String url = serve(body -> new Answer(503, "{\"error\":\"broker down\"}", null));
        assertThatThrownBy(() -> client(url, null).send(items("one")))
                .isInstanceOf(IngestClient.FeedException.class)
                .hasMessageContaining("after 4 attempts").hasMessageContaining("broker down");
        assertThat(sleeps).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400),
                Duration.ofMillis(800));
    }

    @Test
    void tooLargeBatchIsSplitUntilEachPartFits() throws Exception {
        String url = serve(body -> {
            int n = lines(body);
            if (n > 1) {
                return new Answer(413, "{\"error\":\"request too large\"}", null);
            }
            return new Answer(202, "{\"accepted\":[{\"id\":\"id-" + body.hashCode() + "\",\"line\":1}],\"rejected\":[]}", null);
        });

        List<FeedResult> results = client(url, null).send(items("a", "b", "c"));

        assertThat(results).hasSize(3).allMatch(FeedResult::isAccepted);
        assertThat(results).extracting(r -> r.item().line()).containsExactly(10, 11, 12);
    }

    @Test
    void refusedTokenStopsTheFeedWithAHint() throws Exception {
        String url = serve(body -> new Answer(401, "{\"error\":\"a valid bearer token is required\"}", null));
        assertThatThrownBy(() -> client(url, "wrong").send(items("one")))
                .isInstanceOf(IngestClient.FeedException.class)
                .hasMessageContaining("401").hasMessageContaining("--token");
    }

    @Test
    void unreachableIngestIsRetriedThenReported() {
        IngestClient client = client("http://127.0.0.1:1", null);
        assertThatThrownBy(() -> client.send(items("one")))
                .isInstanceOf(IngestClient.FeedException.class)
                .hasMessageContaining("cannot reach ingest");
        assertThat(sleeps).hasSize(4);
    }
}
