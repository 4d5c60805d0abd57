package io.newsstream.enrich;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.newsstream.core.Service;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.core.kafka.TopicSetup;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enrich service: the Kafka Streams application from articles.raw to articles.enriched, with health and metrics. */
public final class EnrichService implements Service {

    public static final String NAME = "enrich";
    private static final Logger log = LoggerFactory.getLogger(EnrichService.class);
    /** Use the broker's default.replication.factor for topics created here. */
    private static final short BROKER_DEFAULT_REPLICATION = -1;

    private final EnrichConfig config;
    private final Enricher enricher;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final StreamHealth health;
    private ServiceMetrics metrics;
    private KafkaStreams streams;
    private KafkaStreamsMetrics streamsMetrics;
    private ServiceHttpServer http;

    public EnrichService(EnrichConfig config) {
        this(config, Enricher.fromConfig(config, Clock.systemUTC()));
    }

    public EnrichService(EnrichConfig config, Enricher enricher) {
        this.config = config;
        this.enricher = enricher;
        this.health = new StreamHealth(Clock.systemUTC(), config.threadFailureWindow());
    }

    @Override
    public synchronized void start() throws Exception {
        if (closed.get() || streams != null) {
            throw new IllegalStateException("the enrich service can be started once");
        }
        metrics = new ServiceMetrics();
        EnrichMetrics enrichMetrics = new EnrichMetrics(metrics.registry(), enricher.outletIds(), enricher.stanceTargetIds());
        TopicSetup.ensureTopics(config.kafka().properties(), config.topics(), config.topicPartitions(), BROKER_DEFAULT_REPLICATION);

        streams = new KafkaStreams(EnrichTopology.build(config.topics(), enricher::enrich, enrichMetrics,
                config.maxEnrichedBytes(), config.stories()),
                config.streamsProperties(enrichMetrics));
        // Dead letters take care of bad records; anything else that kills a thread is likely transient, so replace it.
        streams.setUncaughtExceptionHandler(exception -> {
            log.error("enrich stream thread died; replacing it", exception);
            health.threadDied(exception);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics.registry());
        streams.start();
        http = ServiceHttpServer.start(NAME, config.http(), metrics, this::readiness, Map.of());
    }

    /**
     * Ready while the Streams application is RUNNING (not while it starts, rebalances or has failed) and no stream
     * thread died within {@code enrich.ready.thread.failure.window}.
     */
    public Readiness.Status readiness() {
        KafkaStreams current = streams;
        if (current == null) {
            return Readiness.Status.notReady("not started");
        }
        return health.check(current.state());
    }


    /** The HTTP port actually bound (useful when configured as 0), or -1 before start. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    /**
     * A static member stays in the group on close, so a restart within the session timeout moves no partitions; a
     * dynamic one asks to leave, so the others take its partitions over sooner.
     */
    private CloseOptions closeOptions() {
        boolean staticMember = config.groupInstanceId() != null
                || config.kafka().values().containsKey(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        return CloseOptions.groupMembershipOperation(staticMember
                        ? CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP
                        : CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(config.closeTimeout());
    }

    @Override
    public synchronized void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (http != null) {
            http.close();
        }
        if (streams != null) {
            if (!streams.close(closeOptions())) {
                log.warn("enrich streams did not stop within {}", config.closeTimeout());
            }
        }
        if (streamsMetrics != null) {
            streamsMetrics.close();
        }
        if (metrics != null) {
            metrics.close();
        }
    }
}
