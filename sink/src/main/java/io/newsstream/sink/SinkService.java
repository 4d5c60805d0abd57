package io.newsstream.sink;

import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.newsstream.core.Service;
import io.newsstream.core.http.BearerGuard;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.kafka.DeadLetterRecords;
import io.newsstream.sink.consume.ArticleConsumer;
import io.newsstream.sink.consume.BatchProcessor;
import io.newsstream.sink.consume.DeadLetterPublisher;
import io.newsstream.sink.consume.EndToEndLatency;
import io.newsstream.sink.consume.WriteMetrics;
import io.newsstream.sink.index.SearchIndex;
import io.newsstream.sink.index.SearchIndexer;
import io.newsstream.sink.query.ArticleSearch;
import io.newsstream.sink.query.QueryMetrics;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.store.Database;
import io.newsstream.sink.stream.LiveFeed;
import io.newsstream.sink.stream.StoreFollower;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The sink: stores {@code articles.enriched} in PostgreSQL and serves the stored articles over HTTP. */
public final class SinkService implements Service {

    private static final Logger log = LoggerFactory.getLogger(SinkService.class);
    static final String NAME = "sink";

    private final SinkConfig config;
    private final AtomicBoolean closed = new AtomicBoolean();
    // Everything started so far, closed newest first.
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile Database database;
    private volatile ArticleConsumer consumer;
    private ServiceHttpServer http;

    public SinkService(SinkConfig config) {
        this.config = config;
    }

    @Override
    public void start() throws Exception {
        log.info("starting sink with {}", config);
        try {
            ServiceMetrics metrics = remember(new ServiceMetrics());
            Database db = remember(Database.open(config, metrics.registry()));
            ArticleStore store = new ArticleStore(db.dataSource());
            KafkaProducer<byte[], byte[]> producer =
                    new KafkaProducer<>(producerProperties(), new ByteArraySerializer(), new ByteArraySerializer());
            DeadLetterPublisher deadLetters = remember(new DeadLetterPublisher(producer));
            bindClientMetrics(new KafkaClientMetrics(producer), metrics);
            LiveFeed feed = new LiveFeed(metrics.registry(), config.streamQueueEvents());
            EndToEndLatency endToEnd = new EndToEndLatency(metrics.registry(), Clock.systemUTC());
            BatchProcessor processor = new BatchProcessor(store,
                    new DeadLetterRecords(config.topics().deadLetters().name(), Clock.systemUTC()), endToEnd);
            KafkaConsumer<byte[], byte[]> kafkaConsumer =
                    new KafkaConsumer<>(consumerProperties(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
            ArticleConsumer loop = remember(new ArticleConsumer(kafkaConsumer, config.topics().enriched().name(),
                    processor, deadLetters, new WriteMetrics(metrics.registry()),
                    config.pollTimeout(), config.retryBackoff(), config.retryBackoffMax()));
            bindClientMetrics(new KafkaClientMetrics(kafkaConsumer), metrics);
            database = db;
            consumer = loop;
            loop.start();
            // Searchable shortly after stored: indexing is no part of the write (see SearchIndex).
            remember(SearchIndexer.start(new SearchIndex(db.indexing()), config.indexBatchSize(),
                    config.indexPollInterval(), metrics.registry(), Clock.systemUTC()));
            // The live stream shows what every instance stores, read back from the database, not just this one's.
            remember(StoreFollower.start(db.unpooled(), new ArticleSearch(db.queries()), feed));
            // Requests read through the query pool, never the writer's connection.
            Map<String, HttpHandler> routes = new HashMap<>();
            SinkRoutes.all(db.queries(), new ArticleStore(db.queries()), feed, new QueryMetrics(metrics.registry()),
                    config.streamHeartbeat()).forEach((path, handler) -> routes.put(path, BearerGuard.around(handler,
                    config.apiTokens(), verdict -> metrics.unauthorized("api", verdict))));
            routes.putAll(SinkRoutes.page());
            http = remember(ServiceHttpServer.start(NAME, config.http(), metrics, this::readiness, routes));
            // Closed before the HTTP server, so open streams end at once instead of waiting for a heartbeat.
            remember(feed);
        } catch (Exception | Error e) {
            close();
            throw e;
        }
    }

    // Closed before the client it observes, which is started (and so closed) earlier.
    private void bindClientMetrics(KafkaClientMetrics clientMetrics, ServiceMetrics metrics) {
        clientMetrics.bindTo(metrics.registry());
        remember(clientMetrics);
    }

    private <T extends AutoCloseable> T remember(T resource) {
        started.push(resource);
        return resource;
    }

    Properties consumerProperties() {
        Properties properties = config.kafka().properties();
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, config.groupId());
        if (config.groupInstanceId() != null) {
            properties.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, config.groupInstanceId());
        }
        // Enrich writes in transactions: never store an article from a transaction that is later aborted.
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Offsets are committed by hand, after the database commit, never before.
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // A new sink stores everything enrich has written so far.
        properties.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newsstream-sink-" + config.instance());
        return properties;
    }

    Properties producerProperties() {
        Properties properties = config.kafka().properties();
        // A dead letter stands for a record whose offset is then committed: it must not be lost.
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        properties.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsstream-sink-dlq-" + config.instance());
        return properties;
    }

    /** The port the HTTP server is bound to (useful when configured as 0). */
    public int port() {
        return http.port();
    }

    /** Ready when the database answers and the consumer has joined its group and is polling (see {@link SinkReadiness}). */
    public Readiness.Status readiness() {
        Database db = database;
        ArticleConsumer loop = consumer;
        if (closed.get()) {
            return Readiness.Status.notReady("stopped");
        }
        if (db == null || loop == null) {
            return Readiness.Status.notReady("starting");
        }
        return SinkReadiness.of(db.problem(), loop.state(), loop.joinedGroup(), loop.assignedPartitions(), loop.failure());
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        while (!started.isEmpty()) {
            AutoCloseable resource = started.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("error while stopping {}: {}", resource.getClass().getSimpleName(), e.getMessage(), e);
            }
        }
        log.info("sink stopped");
    }
}
