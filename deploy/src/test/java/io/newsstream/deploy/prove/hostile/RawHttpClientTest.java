package io.newsstream.deploy.prove.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;
import io.newsstream.deploy.prove.hostile.HostileRequest.Service;
import io.newsstream.deploy.prove.hostile.RawHttpResponse.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RawHttpClientTest {

    private final RawHttpClient client = new RawHttpClient(Duration.ofSeconds(2), Duration.ofMillis(700));
    private HttpServer httpServer;
    private ServerSocket serverSocket;

    @AfterEach
    void stop() throws IOException {
        client.close();
        if (httpServer != null) {
            httpServer.stop(0);
        }
        if (serverSocket != null) {
            serverSocket.close();
        }
    }

    @Test
    void readsTheStatusAndFixedLengthBodyOfAJdkServer() throws IOException {
        Target target = httpServer(exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            byte[] answer = ("{\"accepted\":[{\"id\":\"abc\",\"line\":1}],\"seen\":" + body.length + "}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(202, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });

        RawHttpResponse response = client.send(request(target, RawRequest.post("/v1/articles", "application/json",
                () -> "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8)), false));

        assertThat(response.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(response.status()).isEqualTo(202);
        assertThat(response.body()).isEqualTo("{\"accepted\":[{\"id\":\"abc\",\"line\":1}],\"seen\":12}");
    }

    @Test
    void decodesAChunkedAnswer() throws IOException {
        Target target = httpServer(exchange -> {
            exchange.sendResponseHeaders(400, 0); // 0: chunked
            exchange.getResponseBody().write("{\"status\":400,".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            exchange.getResponseBody().write("\"error\":\"bad\"}".getBytes(StandardCharsets.UTF_8));
            exchange.close();
        });

        RawHttpResponse response = client.send(request(target, RawRequest.get("/x"), false));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"status\":400,\"error\":\"bad\"}");
    }

    @Test
    void halfClosesAfterAShortBodySoTheServerSeesItsEnd() throws IOException {
        AtomicReference<String> seen = new AtomicReference<>();
        Target target = socketServer(socket -> {
            byte[] all = socket.getInputStream().readAllBytes(); // returns only once the client half-closes
            String request = new String(all, StandardCharsets.ISO_8859_1);
            seen.set(request);
            answer(socket, 400, "body of " + (all.length - request.indexOf("\r\n\r\n") - 4));
        });

        RawHttpResponse response = client.send(request(target, RawRequest.post("/v1/articles", "application/json",
                () -> "0123456789".getBytes(StandardCharsets.UTF_8)).noLength().header("Content-Length: 1000"), true));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("body of 10");
        assertThat(seen.get()).startsWith("POST /v1/articles HTTP/1.1\r\nHost: ").contains("Content-Length: 1000\r\n");
    }

    @Test
    void hearsAnEarlyAnswerEvenWhenTheRestOfTheBodyCannotBeSent() throws IOException {
        Target target = socketServer(socket -> {
            readHead(socket.getInputStream());
            answer(socket, 413, "too large");
            socket.close(); // with unread body bytes: the client's writes fail
        });

        RawHttpResponse response = client.send(request(target, RawRequest.post("/v1/articles", "application/json",
                () -> new byte[64 << 20]), false));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.statusClass()).isEqualTo(4);
    }

    @Test
    void aSilentServerIsATimeoutAndAClosedOneIsNoAnswer() throws IOException {
        Target silent = socketServer(socket -> {
            readHead(socket.getInputStream());
            sleep(3000);
        });
        assertThat(client.send(request(silent, RawRequest.get("/"), false)).outcome()).isEqualTo(Outcome.TIMEOUT);
        serverSocket.close();

        Target closing = socketServer(socket -> {
            readHead(socket.getInputStream());
            socket.close();
        });
        RawHttpResponse closed = client.send(request(closing, RawRequest.get("/"), false));
        assertThat(closed.outcome()).isEqualTo(Outcome.CLOSED);
        assertThat(closed.answered()).isFalse();
        assertThat(closed.statusClass()).isZero();
    }

    @Test
    void aServiceThatIsNotThereIsAConnectFailure() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        RawHttpResponse response = client.send(request(new Target("127.0.0.1", port), RawRequest.get("/"), false));
        assertThat(response.outcome()).isEqualTo(Outcome.CONNECT_FAILED);
    }

    @Test
    void readsStatusLinesAndHeaders() {
        String head = "HTTP/1.1 415 Unsupported Media Type\r\ncontent-type: application/json\r\n\r\n";
        assertThat(RawHttpClient.statusOf(head)).isEqualTo(415);
        assertThat(RawHttpClient.statusOf("SSH-2.0-OpenSSH\r\n\r\n")).isEqualTo(-1);
        assertThat(RawHttpClient.header(head, "Content-Type")).isEqualTo("application/json");
        assertThat(RawHttpClient.header(head, "Content-Length")).isNull();
    }

    static HostileRequest request(Target target, RawRequest raw, boolean halfClose) {
        return new HostileRequest("test", "test", Service.INGEST, target, Expectation.MUST_BE_4XX, true, halfClose,
                raw.writer(target));
    }

    private Target httpServer(com.sun.net.httpserver.HttpHandler handler) throws IOException {
        httpServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        httpServer.createContext("/", handler);
        httpServer.start();
        return new Target("127.0.0.1", httpServer.getAddress().getPort());
    }

    /** A one-connection-at-a-time server on a plain socket, for behaviour the JDK server will not show. */
    private Target socketServer(SocketHandler handler) throws IOException {
        ServerSocket server = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        serverSocket = server;
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    handler.handle(socket);
                } catch (IOException e) {
                    // the test is over, or the client went away
                }
            }
        }, "test-socket-server");
        thread.setDaemon(true);
        thread.start();
        return new Target("127.0.0.1", server.getLocalPort());
    }

    @FunctionalInterface
    interface SocketHandler {
        void handle(Socket socket) throws IOException;
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            if (head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
                return;
            }
        }
    }

    private static void answer(Socket socket, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("HTTP/1.1 " + status + " X\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.write(bytes);
        out.flush();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
