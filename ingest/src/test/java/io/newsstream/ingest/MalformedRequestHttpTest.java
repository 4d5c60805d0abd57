package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Requests no well-behaved client sends, written byte for byte over a socket: each must be answered 4xx with a
 * reason, never 500, and nothing of it may reach Kafka.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestHttpTest {

    private static final String ARTICLE = "{\"text\":\"The ferry runs again.\"}";

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
    void contentTypeWithoutMediaTypeIsAnswered415() throws Exception {
        String answer = exchange(head("Content-Type: ;", "Content-Length: " + ARTICLE.length()) + ARTICLE, false);

        assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 415 Unsupported Media Type");
        // Jetty hands an empty media type over as no Content-Type at all; either way the answer lists what is read.
        assertThat(answer).containsAnyOf("Content-Type ';' is not supported", "Content-Type is missing")
                .contains("supported: application/json");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void contentTypeOfParametersOnlyIsAnswered415() throws Exception {
        String answer = exchange(head("Content-Type: ; charset=utf-8", "Content-Length: " + ARTICLE.length()) + ARTICLE, false);

        assertThat(statusLine(answer)).startsWith("HTTP/1.1 415");
    }

    @Test
    void malformedChunkSizeIsAnswered400() throws Exception {
        String answer = exchange(head("Content-Type: application/json", "Transfer-Encoding: chunked")
                + "zz\r\n" + ARTICLE + "\r\n0\r\n\r\n", false);

        assertThat(statusLine(answer)).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("body is not valid HTTP/1.1 chunked encoding");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void chunkLongerThanItsDeclaredSizeIsAnswered400() throws Exception {
        String answer = exchange(head("Content-Type: application/json", "Transfer-Encoding: chunked")
                + "3\r\n" + ARTICLE + "\r\n0\r\n\r\n", false);

        assertThat(statusLine(answer)).startsWith("HTTP/1.1 400");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void bodyShorterThanContentLengthIsAnswered400() throws Exception {
        String answer = exchange(head("Content-Type: application/json", "Content-Length: 500") + ARTICLE, true);

        assertThat(statusLine(answer)).startsWith("HTTP/1.1 400");
        assertThat(answer).contains("body is shorter than its Content-Length");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void chunkedBodyCutOffBeforeItsLastChunkIsAnswered400() throws Exception {
        String answer = exchange(head("Content-Type: application/json", "Transfer-Encoding: chunked")
                + Integer.toHexString(ARTICLE.length()) + "\r\n" + ARTICLE + "\r\n", true);

        assertThat(statusLine(answer)).startsWith("HTTP/1.1 400");
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void contentLengthThatIsNotANumberIsAnswered4xx() throws Exception {
        for (String length : new String[] {"-5", "abc", "99999999999999999999"}) {
            String answer = exchange(head("Content-Type: application/json", "Content-Length: " + length) + ARTICLE, true);

            assertThat(statusLine(answer)).as("Content-Length: " + length).matches("HTTP/1.1 4\\d\\d .*");
        }
        assertThat(http.publisher.published).isEmpty();
    }

    @Test
    void wellFormedRawRequestIsAccepted() throws Exception {
        String answer = exchange(head("Content-Type: application/json", "Content-Length: " + ARTICLE.length()) + ARTICLE, false);

        assertThat(statusLine(answer)).isEqualTo("HTTP/1.1 202 Accepted");
    }

    private static String head(String... headers) {
        return "POST " + ArticlesHandler.PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                + String.join("\r\n", headers) + "\r\n\r\n";
    }

    /**
     * Sends the request as written and reads the answer until the server closes.
     *
     * @param halfClose whether to end the client's side after sending, so the server sees the body end early
     */
    private String exchange(String request, boolean halfClose) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", http.uri("/").getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            int read;
            while ((read = in.read(buffer)) != -1) {
                answer.write(buffer, 0, read);
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String statusLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }
}
