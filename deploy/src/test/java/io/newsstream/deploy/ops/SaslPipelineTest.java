package io.newsstream.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.Service;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.testing.Await;
import io.newsstream.deploy.local.EmbeddedKafkaBroker;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.deploy.local.PipelineClient;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.EnrichService;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.IngestService;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.SinkService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka security settings reach every client unchanged: against a broker that only takes SASL/PLAIN logins, the
 * three services run with nothing but {@code kafka.security.protocol}, {@code kafka.sasl.mechanism} and
 * {@code kafka.sasl.jaas.config} set, and a wrong password is refused at start-up with a message that says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SaslPipelineTest {

    private static final String USER = "newsstream-app";
    private static final String PASSWORD = "pipeline-test-password";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    static Path dir;

    private EmbeddedKafkaBroker broker;
    private final List<AutoCloseable> running = new ArrayList<>();

    @BeforeAll
    void startSecuredBroker() {
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0, Map.of(USER, PASSWORD));
    }

    @AfterEach
    void stopServices() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        running.clear();
    }

    @AfterAll
    void stopBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void articlesFlowThroughAllThreeServicesOverSaslPlain() throws Exception {
        Settings settings = settings(PASSWORD);
        EnrichService enrich = new EnrichService(EnrichConfig.from(settings));
        start(enrich, enrich::readiness);
        IngestService ingest = new IngestService(IngestConfig.from(settings));
        start(ingest, ingest::readiness);
        SinkService sink = new SinkService(SinkConfig.from(settings));
        start(sink, sink::readiness);

        PipelineClient client = new PipelineClient("http://127.0.0.1:" + ingest.port(), "http://127.0.0.1:" + sink.port());
        PipelineClient.Answer answer = client.post(Map.of("url", "https://quayside-news.example/ferry",
                "text", "Ferry service resumes\nThe ferry between Oslo and Kiel sailed again on Sunday after repairs."));
        assertThat(answer.status()).as("ingest answer %s", answer.body()).isEqualTo(202);

        EnrichedArticle stored = awaitStored(client, answer.acceptedId().orElseThrow());
        assertThat(stored.title()).isEqualTo("Ferry service resumes");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageNamingTheSettings() {
        IngestService ingest = new IngestService(IngestConfig.from(settings("not-the-password")));
        running.add(ingest);

        assertThatThrownBy(ingest::start)
                .hasMessageContaining("Kafka refused newsstream's credentials")
                .hasMessageContaining("kafka.sasl.jaas.config")
                .hasMessageContaining("Authentication failed");
    }

    private Settings settings(String password) {
        Map<String, String> values = LocalSettings.defaultsOnFreePorts();
        values.put(CommonSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        // The same three keys a user sets for a secured cluster (NEWSSTREAM_KAFKA_SASL_JAAS_CONFIG etc.).
        values.put("kafka.security.protocol", "SASL_PLAINTEXT");
        values.put("kafka.sasl.mechanism", "PLAIN");
        values.put("kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=\"" + USER + "\" password=\"" + password + "\";");
        values.put(EnrichConfig.STATE_DIR, dir.resolve("streams").toString());
        values.put(SinkConfig.DATA_DIR, dir.resolve("postgres").toString());
        return Settings.of(values);
    }

    private void start(Service service, Supplier<Readiness.Status> readiness) throws Exception {
        running.add(service);
        service.start();
        Await.until(() -> readiness.get().ready(), WAIT,
                () -> service.getClass().getSimpleName() + " ready (last: " + readiness.get().detail() + ")");
    }

    private static EnrichedArticle awaitStored(PipelineClient client, String id) throws Exception {
        Await.until(() -> client.stored(id).isPresent(), WAIT, () -> "article " + id + " stored");
        return client.stored(id).orElseThrow();
    }
}
