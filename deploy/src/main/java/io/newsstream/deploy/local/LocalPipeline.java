package io.newsstream.deploy.local;

import io.newsstream.core.Service;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.kafka.TopicSetup;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.EnrichService;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.IngestService;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.SinkService;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process: an embedded Kafka broker, then enrich, sink (with its embedded PostgreSQL unless
 * a JDBC URL is configured) and ingest, composed from the same classes the standalone services use.
 */
public final class LocalPipeline implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalPipeline.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** How long the restarted broker may take to finish the transactions it found half-way through their markers. */
    private static final Duration SETTLE_TIMEOUT = Duration.ofSeconds(30);

    private final List<AutoCloseable> started;
    private final Settings settings;

    private LocalPipeline(List<AutoCloseable> started, Settings settings) {
        this.started = started;
        this.settings = settings;
    }

    /**
     * Starts everything and returns once every service reports ready.
     *
     * @param dataDir holds {@code kafka/} and {@code postgres/}; reused across runs
     * @param kafkaPort the embedded broker's client port (0 for any free port)
     */
    public static LocalPipeline start(Settings base, Path dataDir, int kafkaPort) throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"), kafkaPort);
            started.add(broker);
            Map<String, String> local = new HashMap<>(Map.of(
                    CommonSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers(),
                    SinkConfig.DATA_DIR, dataDir.resolve("postgres").toString()));
            // The broker keeps the groups across runs: a static member rejoins at once instead of waiting out the
            // session of the previous run's member (45 s after a kill -9).
            if (base.find(EnrichConfig.GROUP_INSTANCE_ID).isEmpty()) {
                local.put(EnrichConfig.GROUP_INSTANCE_ID, "local-enrich");
            }
            if (base.find(SinkConfig.GROUP_INSTANCE_ID).isEmpty()) {
                local.put(SinkConfig.GROUP_INSTANCE_ID, "local-sink");
            }
            Settings settings = base.with(local);
            // Before any client starts, so that every open transaction belongs to the previous, killed run.
            try (Admin admin = Admin.create(settings.kafkaProperties())) {
                HangingTransactions.abortAll(admin, SETTLE_TIMEOUT);
            }
            // Created once here so the three services don't race to create them, with as many partitions as
            // ingest would give them (ingest.topic.partitions), so that more stream threads have work.
            TopicSetup.ensureTopics(settings.kafkaProperties(), CommonSettings.topics(settings),
                    settings.integerAtLeast(IngestConfig.TOPIC_PARTITIONS, 1), (short) 1);

            // Ingest last: it must not accept an article (answer 202) while a later part, e.g. the database, may
            // still fail to start.
            EnrichService enrich = new EnrichService(EnrichConfig.from(settings));
            startService("enrich", enrich, started, enrich::readiness);
            SinkService sink = new SinkService(SinkConfig.from(settings));
            startService("sink", sink, started, sink::readiness);
            IngestService ingest = new IngestService(IngestConfig.from(settings));
            startService("ingest", ingest, started, ingest::readiness);
            // A port configured as 0 was picked by the kernel at the bind: callers need the bound one.
            Settings bound = settings.with(Map.of(
                    IngestConfig.PORT, String.valueOf(ingest.port()),
                    EnrichConfig.PORT, String.valueOf(enrich.httpPort()),
                    SinkConfig.PORT, String.valueOf(sink.port())));
            return new LocalPipeline(started, bound);
        } catch (Exception | Error e) {
            closeAll(started);
            throw e;
        }
    }

    private static void startService(String name, Service service, List<AutoCloseable> started,
                                     Supplier<Readiness.Status> readiness) throws Exception {
        started.add(service);
        service.start();
        awaitReady(name, readiness);
    }

    private static void awaitReady(String name, Supplier<Readiness.Status> readiness) throws InterruptedException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Readiness.Status status = readiness.get();
        while (!status.ready()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " did not become ready within " + READY_TIMEOUT.toMinutes()
                        + " minutes: " + status.detail());
            }
            Thread.sleep(200);
            status = readiness.get();
        }
        log.info("{} ready: {}", name, status.detail());
    }

    /** The settings the services run with, including the embedded broker's address and the bound HTTP ports. */
    public Settings settings() {
        return settings;
    }

    public String ingestUrl() {
        return "http://127.0.0.1:" + settings.port(IngestConfig.PORT);
    }

    public String sinkUrl() {
        return "http://127.0.0.1:" + settings.port(SinkConfig.PORT);
    }

    /** Stops in reverse order, the broker last, so the services' clients finish their work against it. */
    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                log.warn("error while stopping {}: {}", resources.get(i).getClass().getSimpleName(), e.getMessage(), e);
            }
        }
        resources.clear();
    }
}
