package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.Settings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local mode opens its door last: while a later part fails to start, no article may be accepted. */
class LocalPipelineStartTest {

    @TempDir
    Path dataDir;

    @Test
    void ingestNeverAcceptsWhileTheDatabaseCannotStart() throws Exception {
        Map<String, String> settings = LocalSettings.defaultsOnFreePorts();
        settings.put(EnrichConfig.STATE_DIR, dataDir.resolve("streams").toString());
        // Nothing listens there: the sink cannot reach its database and the start fails.
        int databasePort = closedPort();
        settings.put(SinkConfig.JDBC_URL, "jdbc:postgresql://127.0.0.1:" + databasePort + "/newsstream");
        settings.put(SinkConfig.JDBC_USER, "postgres");
        // A fixed port, not 0: the watcher must know where ingest would listen before it starts.
        int ingestPort = LocalSettings.freePort();
        settings.put(IngestConfig.PORT, String.valueOf(ingestPort));

        AtomicBoolean ingestAnswered = new AtomicBoolean();
        AtomicBoolean starting = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (starting.get()) {
                ingestAnswered.compareAndSet(false, listens(ingestPort));
                sleepBriefly();
            }
        });
        watcher.start();
        try {
            assertThatThrownBy(() -> LocalPipeline.start(Settings.of(settings), dataDir, 0).close())
                    .hasStackTraceContaining(String.valueOf(databasePort));
        } finally {
            starting.set(false);
            watcher.join();
        }
        assertThat(ingestAnswered).as("ingest listened while the pipeline was failing to start").isFalse();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    // The watcher samples the port all through the failing start; no assertion waits on this pause.
    private static void sleepBriefly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
