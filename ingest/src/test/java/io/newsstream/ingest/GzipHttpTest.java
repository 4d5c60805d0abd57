package io.newsstream.ingest;

import static io.newsstream.ingest.IngestHttpFixture.error;
import static io.newsstream.ingest.IngestHttpFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Drives gzip-encoded bodies through POST /v1/articles, with the request limit at 1 MiB. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GzipHttpTest {

    private static final int LIMIT = 1024 * 1024;

    private IngestHttpFixture http;

    @BeforeAll
    void startServer() throws Exception {
        http = IngestHttpFixture.start(Map.of(IngestConfig.MAX_REQUEST_BYTES, "1MiB", IngestConfig.MAX_ARTICLE_BYTES, "1MiB"));
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
    void gzippedJsonArticleIsAccepted() throws Exception {
        HttpResponse<String> response = postGzip("application/json",
                gzip("{\"title\":\"Orchard harvest\",\"text\":\"Apple growers report a record harvest.\"}"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(http.publisher.published.get(0).text()).isEqualTo("Apple growers report a record harvest.");
    }

    @Test
    void gzippedNdjsonBatchIsReadLineByLine() throws Exception {
        HttpResponse<String> response = postGzip("application/x-ndjson", gzip("""
                {"text":"The ski lift opens a week early."}
                {"text":""}
                {"text":"Snow ploughs cleared the pass overnight."}
                """));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("accepted")).hasSize(2);
        assertThat(json(response).get("rejected").get(0).get("line").asInt()).isEqualTo(2);
    }

    @Test
    void gzippedPlainTextIsAccepted() throws Exception {
        HttpResponse<String> response = postGzip("text/plain", gzip("Bakery award\nThe corner bakery won the bread prize."));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(http.publisher.published.get(0).title()).isEqualTo("Bakery award");
    }

    @Test
    void gzipBombIsAnswered413WithoutInflatingItAll() throws Exception {
        byte[] bomb = gzip(new byte[50 * 1024 * 1024]);
        assertThat(bomb.length).isLessThan(LIMIT / 10);

        HttpResponse<String> response = postGzip("application/x-ndjson", bomb);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(error(response)).isEqualTo("decompressed request body is over the limit of 1048576 bytes");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void bodyThatIsNotGzipIsAnswered400() throws Exception {
        HttpResponse<String> response = postGzip("application/json",
                "{\"text\":\"not compressed at all\"}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("body is not valid gzip");
    }

    @Test
    void truncatedGzipStreamIsAnswered400() throws Exception {
        byte[] whole = gzip("{\"text\":\"" + "The regional train timetable changes in December. ".repeat(50) + "\"}");

        HttpResponse<String> response = postGzip("application/json", Arrays.copyOf(whole, whole.length / 2));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(error(response)).isEqualTo("body is not valid gzip");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void otherContentEncodingIsAnswered415NamingGzip() throws Exception {
        HttpResponse<String> response = http.send(http.articles("application/json")
                .header("Content-Encoding", "br")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"x\"}")).build());

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(error(response)).isEqualTo("Content-Encoding 'br' is not supported; supported: gzip");
    }

    private HttpResponse<String> postGzip(String contentType, byte[] body) throws IOException, InterruptedException {
        return http.send(http.articles(contentType)
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static byte[] gzip(String text) throws IOException {
        return gzip(text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        }
        return compressed.toByteArray();
    }
}
