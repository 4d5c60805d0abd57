package io.newsstream.deploy.local;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.config.Settings;
import io.newsstream.core.testing.Await;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.store.EmbeddedDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The whole local pipeline for end-to-end tests: the embedded Kafka broker and the three services on free ports, and
 * a PostgreSQL of its own that the sink reaches by JDBC URL, as in production, and a test may read directly.
 */
final class EndToEndPipeline implements AutoCloseable {

    static final Duration STORE_TIMEOUT = Duration.ofSeconds(90);

    private final EmbeddedDatabase database;
    private final LocalPipeline pipeline;
    private final PipelineClient client;

    private EndToEndPipeline(EmbeddedDatabase database, LocalPipeline pipeline) {
        this.database = database;
        this.pipeline = pipeline;
        this.client = new PipelineClient(pipeline.ingestUrl(), pipeline.sinkUrl());
    }

    static EndToEndPipeline start(Path dataDir) throws Exception {
        Map<String, String> settings = LocalSettings.defaultsOnFreePorts();
        settings.put(EnrichConfig.STATE_DIR, dataDir.resolve("streams").toString());
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir.resolve("test-postgres"));
        try {
            settings.put(SinkConfig.JDBC_URL, "jdbc:postgresql://127.0.0.1:" + database.port() + "/newsstream");
            settings.put(SinkConfig.JDBC_USER, "postgres");
            return new EndToEndPipeline(database, LocalPipeline.start(Settings.of(settings), dataDir, 0));
        } catch (Exception | Error e) {
            database.close();
            throw e;
        }
    }

    LocalPipeline pipeline() {
        return pipeline;
    }

    EmbeddedDatabase database() {
        return database;
    }

    PipelineClient client() {
        return client;
    }

    /** The article as the sink serves it, once stored; fails the test after {@link #STORE_TIMEOUT}. */
    EnrichedArticle awaitStored(String id) throws Exception {
        return Await.value(() -> client.stored(id), Optional::isPresent, STORE_TIMEOUT, last -> "article " + id + " stored")
                .orElseThrow();
    }

    @Override
    public void close() {
        pipeline.close();
        database.close();
    }
}
