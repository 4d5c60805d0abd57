package io.newsstream.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleLookupProbeTest {

    private final ConcurrentLinkedQueue<String> asked = new ConcurrentLinkedQueue<>();
    private HttpServer sink;
    private int port;

    @BeforeEach
    void startSink() throws IOException {
        // A free port chosen here: the HTTP server provider on this classpath (Jetty's) does not report port 0's pick.
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        sink = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        sink.createContext("/v1/articles", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/v1/articles/".length());
            asked.add(id);
            byte[] body = "{}".getBytes();
            exchange.sendResponseHeaders(id.equals("stored") ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        sink.start();
    }

    @AfterEach
    void stopSink() {
        sink.stop(0);
    }

    @Test
    void asksForEachIdInTurnAndCountsAnswersOtherThanOkAsFailures() throws InterruptedException {
        String sinkUrl = "http://127.0.0.1:" + port;

        LoadResult result = new ArticleLookupProbe(HttpClient.newHttpClient(), sinkUrl)
                .run("lookups", List.of("stored", "missing"), new SendPacer(1_000, 1_000_000), 0.0065);

        assertThat(asked).containsExactly("stored", "missing", "stored", "missing", "stored", "missing");
        assertThat(result.requests()).isEqualTo(6);
        assertThat(result.latencies().count()).isEqualTo(6);
        assertThat(result.failures()).isEqualTo(3);
    }
}
