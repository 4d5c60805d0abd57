package io.newsstream.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.http.BearerTokens;
import io.newsstream.core.http.HttpLimits;
import io.newsstream.core.http.HttpSettings;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.testing.Await;
import io.newsstream.sink.ArticleBuilder;
import io.newsstream.sink.SinkRoutes;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.query.QueryMetrics;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.store.StoredArticle;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A live-stream reader that stops reading must not keep its thread and socket: once the server's write has been
 * blocked for the idle timeout, the stream ends and the subscription with it (issue 11, finding 8).
 */
class StalledReaderTest {

    @Test
    void aReaderThatStopsReadingLosesItsStreamAfterTheIdleTimeout() throws Exception {
        HttpSettings http = new HttpSettings("127.0.0.1", 0, new HttpLimits(16, Duration.ofSeconds(1), 16 * 1024),
                BearerTokens.none());
        try (ServiceMetrics metrics = new ServiceMetrics();
             // Room for every event: only the blocked write, not the queue, can end this subscriber.
             LiveFeed feed = new LiveFeed(metrics.registry(), 100_000);
             ServiceHttpServer server = ServiceHttpServer.start("sink", http, metrics, () -> Readiness.Status.ready("test"),
                     SinkRoutes.all(TestPostgres.dataSource(), new ArticleStore(TestPostgres.dataSource()), feed,
                             new QueryMetrics(metrics.registry()), Duration.ofSeconds(15)));
             Socket reader = new Socket()) {
            reader.setReceiveBufferSize(4096);
            reader.connect(new InetSocketAddress("127.0.0.1", server.port()));
            reader.getOutputStream().write("GET /v1/stream HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            readUntil(reader.getInputStream(), "connected");
            assertThat(feed.subscribers()).isEqualTo(1);

            // About 8 MB of events, far more than the socket buffers hold; the reader reads none of it.
            String body = "The harbour board met again on Tuesday. ".repeat(500);
            feed.stored(IntStream.range(0, 400)
                    .mapToObj(i -> new StoredArticle(i + 1, ArticleBuilder.article(i).body(body).build()))
                    .toList());

            Await.until(() -> feed.subscribers() == 0, "the stalled reader to be dropped");
        }
    }

    private static void readUntil(InputStream in, String marker) throws Exception {
        StringBuilder seen = new StringBuilder();
        byte[] buffer = new byte[256];
        while (!seen.toString().contains(marker)) {
            int read = in.read(buffer);
            if (read < 0) {
                throw new AssertionError("the stream ended before '" + marker + "': " + seen);
            }
            seen.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
        }
    }
}
