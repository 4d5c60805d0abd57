package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.config.Settings;
import io.newsstream.core.testing.Await;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.store.EmbeddedDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL stopped for several seconds while articles keep arriving: the sink must wait, retry, and once the
 * database is back store every article exactly once.
 */
class SinkOutageEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void databaseStoppedMidStreamLosesAndDuplicatesNothing() throws Exception {
        int dbPort = LocalSettings.freePort();
        Path dbDir = dir.resolve("postgres");
        EmbeddedDatabase database = EmbeddedDatabase.start(dbDir, dbPort);
        Map<String, String> settings = LocalSettings.defaultsOnFreePorts();
        settings.put(EnrichConfig.STATE_DIR, dir.resolve("streams").toString());
        settings.put(SinkConfig.JDBC_URL, "jdbc:postgresql://127.0.0.1:" + dbPort + "/newsstream");
        settings.put(SinkConfig.JDBC_USER, "postgres");
        settings.put(SinkConfig.RETRY_BACKOFF_MAX, "2s");

        try (LocalPipeline pipeline = LocalPipeline.start(Settings.of(settings), dir, 0)) {
            PipelineClient client = new PipelineClient(pipeline.ingestUrl(), pipeline.sinkUrl());
            List<String> ids = new ArrayList<>();
            ids.addAll(post(client, 0, 10));
            for (String id : ids) {
                await(client, id);
            }

            database.close();
            ids.addAll(post(client, 10, 20));
            // The database stays away for several failed writes and retries before it comes back.
            Await.until(() -> sinkRetries(pipeline) >= 3, EndToEndPipeline.STORE_TIMEOUT, () -> "the sink to retry while the database is down");
            database = EmbeddedDatabase.start(dbDir, dbPort);
            ids.addAll(post(client, 30, 5));

            for (String id : ids) {
                await(client, id);
            }
            try (Connection connection = database.dataSource().getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT id) FROM articles")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(ids.size());
                assertThat(rows.getLong(2)).isEqualTo(ids.size());
            }
        } finally {
            database.close();
        }
    }

    private static List<String> post(PipelineClient client, int first, int count) throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = first; i < first + count; i++) {
            PipelineClient.Answer answer = client.post(Map.of("text", "Harbour report " + i
                    + "\nShips waited outside the harbour of Piraeus on Tuesday, report number " + i + "."));
            assertThat(answer.status()).isEqualTo(202);
            ids.add(answer.acceptedId().orElseThrow());
        }
        return ids;
    }

    private static void await(PipelineClient client, String id) throws Exception {
        Await.until(() -> client.stored(id).isPresent(), EndToEndPipeline.STORE_TIMEOUT, () -> "article " + id + " stored");
    }

    private static double sinkRetries(LocalPipeline pipeline) throws Exception {
        HttpResponse<String> metrics = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(pipeline.sinkUrl() + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        return metrics.body().lines()
                .filter(line -> line.startsWith("newsstream_sink_write_retries_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

}
