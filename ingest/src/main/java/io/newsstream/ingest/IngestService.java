package io.newsstream.ingest;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsstream.core.Service;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.kafka.TopicSetup;
import io.newsstream.ingest.feed.FeedPolling;
import io.newsstream.ingest.watch.DropFolder;
import io.newsstream.ingest.watch.DropFolderWatcher;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The ingest service: the Kafka producer with the HTTP API, the feed poller and the drop folder in front of it, with health and metrics. */
public final class IngestService implements Service {

    static final String NAME = "ingest";

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    // Short enough that a readiness probe answers quickly, cached so probes do not load the cluster.
    private static final Duration READINESS_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration READINESS_CACHE = Duration.ofSeconds(5);

    private final IngestConfig config;
    private final Clock clock;
    private final ServiceMetrics metrics;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaArticlePublisher publisher;
    private KafkaClientMetrics producerMetrics;
    private KafkaClientMetrics adminMetrics;
    private AdminClient admin;
    private volatile Readiness clusterReadiness;
    private volatile ServiceHttpServer http;
    private FeedPolling feeds;
    private DropFolderWatcher dropFolder;

    public IngestService(IngestConfig config) {
        this(config, Clock.systemUTC());
    }

    /** @param clock stamps {@code receivedAt} on every article */
    public IngestService(IngestConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.metrics = new ServiceMetrics();
    }

    /** The routes of the ingest API; production and the HTTP tests both build them here. */
    static Map<String, HttpHandler> routes(IngestConfig config, ArticlePublisher publisher, MeterRegistry registry, Clock clock) {
        IngestMetrics ingestMetrics = new IngestMetrics(registry);
        ArticleIngestor ingestor = ingestor(config, publisher, ingestMetrics, clock);
        List<SubmissionReader> readers = List.of(
                new JsonArticleReader(), new NdjsonArticleReader(config.maxBatchArticles()), new PlainTextArticleReader(),
                new HtmlArticleReader());
        ArticlesHandler articles = new ArticlesHandler(readers, ingestor, config.authTokens(), config.maxRequestBytes(),
                config.retryAfter(), ingestMetrics);
        return Map.of(ArticlesHandler.PATH, articles);
    }

    /** Validates, publishes and waits for Kafka, the same way for every channel. */
    static ArticleIngestor ingestor(IngestConfig config, ArticlePublisher publisher, IngestMetrics metrics, Clock clock) {
        return new ArticleIngestor(new ArticleValidator(clock, config.articleLimits()), publisher, config.sendTimeout(), metrics);
    }

    @Override
    public synchronized void start() throws Exception {
        if (closed.get() || http != null) {
            throw new IllegalStateException("ingest service can be started once");
        }
        try {
            TopicSetup.ensureTopics(config.kafka().properties(), config.topics(), config.topicPartitions(), config.topicReplicationFactor());
            publisher = KafkaArticlePublisher.create(config.topics().raw(), config.kafka().properties(),
                    "newsstream-ingest-" + config.instance(), config.sendTimeout());
            producerMetrics = new KafkaClientMetrics(publisher.producer());
            producerMetrics.bindTo(metrics.registry());
            admin = AdminClient.create(adminProperties());
            adminMetrics = new KafkaClientMetrics(admin);
            adminMetrics.bindTo(metrics.registry());
            clusterReadiness = new CachedReadiness(new ClusterReadiness(admin, READINESS_TIMEOUT), READINESS_CACHE, clock);
            http = ServiceHttpServer.start(NAME, config.http(), metrics, this::readiness,
                    routes(config, publisher, metrics.registry(), clock));
            if (config.feeds().enabled()) {
                // Started once the producer is up, so the first poll can already send.
                feeds = FeedPolling.create(config.feeds(), ingestor(config, publisher, new IngestMetrics(metrics.registry()), clock),
                        metrics.registry(), clock);
                feeds.start();
            }
            if (config.watchDir() != null) {
                dropFolder = DropFolderWatcher.start(new DropFolder(config.watchDir(),
                        ingestor(config, publisher, new IngestMetrics(metrics.registry()), clock), DropFolder.MAX_FILE_BYTES));
            }
        } catch (Exception | Error e) {
            close();
            throw e;
        }
        log.info("ingest writing to {} on {}", config.topics().raw().name(), config.kafka().values().get("bootstrap.servers"));
        // Says whether the API is open, never which tokens open it.
        log.info("ingest POST {}: {}", ArticlesHandler.PATH,
                config.authTokens().required() ? "bearer token required" : "open, no authentication configured");
    }

    private Properties adminProperties() {
        Properties properties = config.kafka().properties();
        properties.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newsstream-ingest-" + config.instance() + "-admin");
        return properties;
    }

    /** Ready once started and while the Kafka cluster answers. */
    public Readiness.Status readiness() {
        if (closed.get()) {
            return Readiness.Status.notReady("closed");
        }
        Readiness check = clusterReadiness;
        return check == null ? Readiness.Status.notReady("starting") : check.check();
    }

    /** The bound HTTP port, useful when configured as 0. */
    public int port() {
        if (http == null) {
            throw new IllegalStateException("ingest service is not started");
        }
        return http.port();
    }

    /** The service's metrics registry. */
    public ServiceMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Stop taking requests and polling first, then let the producer finish the writes those wait on.
        closeQuietly(feeds);
        closeQuietly(dropFolder);
        closeQuietly(http);
        closeQuietly(publisher);
        closeQuietly(producerMetrics);
        closeQuietly(adminMetrics);
        closeQuietly(admin);
        closeQuietly(metrics);
    }

    private static void closeQuietly(AutoCloseable resource) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("error while closing {}: {}", resource.getClass().getSimpleName(), e.getMessage());
        }
    }
}
