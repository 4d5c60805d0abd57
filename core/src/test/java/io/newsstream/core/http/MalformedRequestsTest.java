package io.newsstream.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the server answers to requests a client got wrong, or a client that never finishes: never a 500, never a hang. */
class MalformedRequestsTest {

    // Reads the whole body, as every handler that takes one does.
    private static final HttpHandler ECHO_LENGTH = exchange -> {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Responses.json(exchange, 200, Map.of("bytes", body.length));
    };

    private ServiceMetrics metrics;
    private ServiceHttpServer server;

    @BeforeEach
    void start() throws IOException {
        metrics = new ServiceMetrics();
        server = ServiceHttpServer.start("test",
                new HttpSettings("127.0.0.1", 0, new HttpLimits(8, Duration.ofSeconds(1), 4096), BearerTokens.none()), metrics,
                () -> Readiness.Status.ready("ok"), Map.of("/v1/echo", ECHO_LENGTH));
    }

    @AfterEach
    void stop() {
        server.close();
        metrics.close();
    }

    @Test
    void aBodyShorterThanItsContentLengthIsA400() throws IOException {
        String answer = exchange("POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly this", true);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json", "ended before");
    }

    @Test
    void aBrokenChunkSizeIsA400() throws IOException {
        String answer = exchange("POST /v1/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "zz\r\nhello\r\n0\r\n\r\n", false);

        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json");
    }

    @Test
    void headersTheHandlersCannotReadAreA400() throws IOException {
        String unbalanced = exchange("POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json; charset=\"utf-8\r\n"
                + "Content-Length: 2\r\n\r\n{}", false);
        String twoTypes = exchange("POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json, text/plain\r\n"
                + "Content-Length: 2\r\n\r\n{}", false);

        assertThat(unbalanced).startsWith("HTTP/1.1 400").contains("application/problem+json", "unbalanced quotes");
        assertThat(twoTypes).startsWith("HTTP/1.1 400").contains("Content-Type must name one media type");
    }

    @Test
    void aTargetWithABadPercentEscapeIsA400() throws IOException {
        assertThat(exchange("POST /v1/echo?url=%zz HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\nhi", false))
                .startsWith("HTTP/1.1 400").contains("not a valid URI");
        assertThat(exchange("GET /v1/echo?hint=abc% HTTP/1.1\r\nHost: x\r\n\r\n", false)).startsWith("HTTP/1.1 400");
    }

    @Test
    void headersOverTheLimitAre431() throws IOException {
        String answer = exchange("GET /v1/echo HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(8000) + "\r\n\r\n", false);

        assertThat(answer).startsWith("HTTP/1.1 431");
    }

    @Test
    void aRequestLineWithoutAVersionIsRefusedWithProblemDetails() throws IOException {
        // RFC 9110's own answer to a request that is not HTTP/1.x (it reads as HTTP/0.9) is 505.
        assertThat(exchange("HELLO THERE\r\n\r\n", false)).startsWith("HTTP/1.1 505").contains("application/problem+json");
        assertThat(exchange("GET /v1/echo HTTP/1.1 extra\r\nHost: x\r\n\r\n", false)).startsWith("HTTP/1.1 400");
    }

    @Test
    void aClientSendingHeadersTooSlowlyIsDisconnected() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write("GET /v1/echo HTTP/1.1\r\nHost: x\r\n".getBytes(StandardCharsets.US_ASCII));
            // Never finishes its headers: the server closes the connection after its idle timeout (1 s here),
            // answering 408 or nothing, rather than holding a thread for good.
            String answer = readAll(socket.getInputStream());
            assertThat(answer).satisfiesAnyOf(
                    text -> assertThat(text).isEmpty(),
                    text -> assertThat(text).startsWith("HTTP/1.1 408"));
        }
    }

    @Test
    void unknownPathsAnswerProblemDetails() throws IOException {
        String answer = exchange("GET /nowhere HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", false);

        assertThat(answer).startsWith("HTTP/1.1 404").contains("application/problem+json",
                "\"type\":\"about:blank\"", "\"title\":\"Not Found\"", "\"status\":404", "\"detail\":\"nothing is served at /nowhere\"");
    }

    @Test
    void requestsAreMeasuredByRouteAndStatusAndThreadsAreBounded() throws Exception {
        exchange("POST /v1/echo HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok", false);

        // The timer records when Jetty completes the exchange, just after the client has its answer.
        String scrape = Await.value(metrics::scrape, text -> text.contains("jetty_server_requests_seconds_count{"),
                Await.PATIENCE, text -> "the request timer in the scrape");
        assertThat(scrape).contains("jetty_server_requests_seconds_count{", "uri=\"/v1/echo\"", "status=\"200\"");
        // The pool holds the 8 request threads plus Jetty's acceptor and selector.
        assertThat(scrape).containsPattern("jetty_threads_config_max(\\{[^}]*})? 10\\.0");
    }

    /** Sends raw bytes, optionally half-closing as a client that gave up, and reads what comes back. */
    private String exchange(String request, boolean halfClose) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            if (halfClose) {
                socket.shutdownOutput();
            }
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                answer.write(buffer, 0, read);
                if (answer.toString(StandardCharsets.ISO_8859_1).contains("\r\n\r\n") && complete(answer)) {
                    break;
                }
            }
        } catch (SocketTimeoutException | java.net.SocketException e) {
            // what arrived is the answer
        }
        return answer.toString(StandardCharsets.ISO_8859_1);
    }

    // An answer with a Content-Length is complete once that many body bytes arrived.
    private static boolean complete(ByteArrayOutputStream answer) {
        String text = answer.toString(StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
        return length.find() && length.start() < headerEnd
                && text.length() - headerEnd - 4 >= Integer.parseInt(length.group(1));
    }
}
