package io.newsstream.enrich;

import io.newsstream.core.ServiceMain;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.KafkaClientSettings;
import io.newsstream.core.config.KnownSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.http.HttpSettings;
import io.newsstream.core.kafka.Topics;
import io.newsstream.enrich.errors.DeadLetterDeserializationHandler;
import io.newsstream.enrich.errors.DeadLetterObserver;
import io.newsstream.enrich.errors.DeadLetterProcessingHandler;
import io.newsstream.enrich.errors.DeadLetterProductionHandler;
import io.newsstream.enrich.story.StorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The enrich service's settings, validated at start-up.
 *
 * @param http the address and bounds of the HTTP server ({@code enrich.host}, {@code enrich.port}, {@code http.*})
 * @param groupInstanceId static group membership for this instance, or null for dynamic membership
 * @param kbDir a directory of the user's knowledge-base files loaded after the bundled ones, or null
 * @param stanceTargets a file or directory of the user's stance targets, over the bundled ones by id, or null
 * @param stanceEnabled whether articles get stances and entity stances (off: about twice the articles per core)
 * @param maxBodyChars longest body the entity and outlet steps read; the rest of a longer body is left unread
 * @param threadFailureWindow how long after a stream thread died {@code /health/ready} says not ready
 * @param kafka every {@code kafka.*} setting with the prefix removed, passed to Kafka Streams and the admin client
 * @param stories the near-duplicate and story rules ({@code enrich.duplicates.*}, {@code enrich.stories.*})
 */
public record EnrichConfig(
        HttpSettings http,
        String applicationId,
        Path stateDir,
        int topicPartitions,
        Duration closeTimeout,
        String groupInstanceId,
        Path kbDir,
        Path stanceTargets,
        boolean stanceEnabled,
        int maxBodyChars,
        Duration threadFailureWindow,
        String instance,
        Topics topics,
        KafkaClientSettings kafka,
        StorySettings stories) {

    public static final String HOST = "enrich.host";
    public static final String PORT = "enrich.port";
    /** Unset, the application id is {@link #DEFAULT_APPLICATION_ID} behind {@code topic.prefix}. */
    public static final String APPLICATION_ID = "enrich.application.id";
    public static final String DEFAULT_APPLICATION_ID = "newsstream-enrich";
    public static final String STATE_DIR = "enrich.state.dir";
    public static final String TOPIC_PARTITIONS = "enrich.topic.partitions";
    public static final String CLOSE_TIMEOUT = "enrich.close.timeout";
    /**
     * Static membership (e.g. the pod name of a StatefulSet): a restarted instance takes its partitions back at once
     * instead of waiting for the session timeout of its previous incarnation.
     */
    public static final String GROUP_INSTANCE_ID = "enrich.group.instance.id";

    /** Users add or override knowledge-base entries with their own files here, without rebuilding. */
    public static final String KB_DIR = "enrich.kb.dir";
    public static final String MAX_BODY_CHARS = "enrich.max.body.chars";
    /** A targets file, or a folder of {@code *.targets} files: users add or replace stance targets without rebuilding. */
    public static final String STANCE_TARGETS = "enrich.stance.targets";
    /** Stance labels cost CPU; a pipeline that only needs entities and outlets turns them off. */
    public static final String STANCE_ENABLED = "enrich.stance.enabled";
    /**
     * A replaced stream thread leaves Streams RUNNING; one that keeps dying on the same record must still show as not
     * ready, so readiness stays down this long after each death.
     */
    public static final String THREAD_FAILURE_WINDOW = "enrich.ready.thread.failure.window";

    public static final Map<String, String> DEFAULTS = defaults();
    /** Every key enrich reads; any other {@code enrich.*} key is a mistake. */
    public static final KnownSettings KNOWN = ServiceMain.SHARED.and(KnownSettings.of(Set.of("enrich."), DEFAULTS,
            APPLICATION_ID, GROUP_INSTANCE_ID, KB_DIR, STANCE_TARGETS));
    /** Room left in a request for the key, the headers and the record overhead beside an enriched article. */
    static final int RECORD_HEADROOM_BYTES = 64 * 1024;

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new HashMap<>(CommonSettings.DEFAULTS);
        defaults.put(HOST, "0.0.0.0");
        defaults.put(PORT, "8081");
        defaults.put(STATE_DIR, Path.of(System.getProperty("java.io.tmpdir"), "newsstream-enrich").toString());
        defaults.put(TOPIC_PARTITIONS, "3");
        defaults.put(CLOSE_TIMEOUT, "30s");
        defaults.put(MAX_BODY_CHARS, "200000");
        defaults.put(STANCE_ENABLED, "true");
        defaults.put(THREAD_FAILURE_WINDOW, "5m");
        defaults.putAll(StorySettings.DEFAULTS);
        return Map.copyOf(defaults);
    }

    public String host() {
        return http.host();
    }

    public int port() {
        return http.port();
    }

    public static EnrichConfig from(Settings settings) {
        return new EnrichConfig(
                HttpSettings.from(settings, EnrichService.NAME),
                CommonSettings.pipelineId(settings, APPLICATION_ID, DEFAULT_APPLICATION_ID),
                Path.of(settings.string(STATE_DIR)),
                settings.integerAtLeast(TOPIC_PARTITIONS, 1),
                settings.nonNegativeDuration(CLOSE_TIMEOUT),
                settings.find(GROUP_INSTANCE_ID).orElse(null),
                settings.find(KB_DIR).filter(dir -> !dir.isBlank()).map(Path::of).orElse(null),
                settings.find(STANCE_TARGETS).filter(path -> !path.isBlank()).map(Path::of).orElse(null),
                settings.bool(STANCE_ENABLED),
                settings.integerAtLeast(MAX_BODY_CHARS, 1000),
                settings.nonNegativeDuration(THREAD_FAILURE_WINDOW),
                CommonSettings.instance(settings),
                CommonSettings.topics(settings),
                KafkaClientSettings.from(settings),
                StorySettings.from(settings));
    }

    /**
     * The largest enriched article, as serialised JSON, that enrich writes: the producer's {@code max.request.size}
     * less room for the key, headers and record overhead. Larger ones are dead-lettered as a summary.
     */
    public int maxEnrichedBytes() {
        int maxRequestSize = kafka.find(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG))
                .or(() -> kafka.find(ProducerConfig.MAX_REQUEST_SIZE_CONFIG))
                .map(size -> Integer.parseInt(size.trim()))
                .orElse(Topics.MAX_RECORD_BYTES);
        return maxRequestSize - RECORD_HEADROOM_BYTES;
    }

    /** A producer default that yields to the user's setting, whether given for all clients or for the producer only. */
    private static void producerDefault(Properties props, String key, String value) {
        if (!props.containsKey(key)) {
            props.putIfAbsent(StreamsConfig.producerPrefix(key), value);
        }
    }

    /**
     * The Kafka Streams configuration: the user's {@code kafka.*} settings first, then enrich's defaults only where
     * the user set nothing, so a file or the environment always wins over code.
     *
     * @param deadLetters told about every dead-lettered record (passed to the handlers as a config object)
     */
    public Properties streamsProperties(DeadLetterObserver deadLetters) {
        Properties props = kafka.properties();
        props.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.putIfAbsent(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // Named after the instance rather than a random process id, so the client_id tags of the Kafka metrics stay
        // the same across restarts instead of starting new series each time.
        props.putIfAbsent(StreamsConfig.CLIENT_ID_CONFIG, applicationId + "-" + instance);
        // Each raw article becomes exactly one enriched article (or one dead letter), even across crashes and rebalances.
        props.putIfAbsent(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // One stream thread per core: a thread enriches one record at a time, and Kafka Streams' default of one thread
        // would leave the other cores idle. A thread works only while it holds a partition of articles.raw.
        props.putIfAbsent(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(Runtime.getRuntime().availableProcessors()));
        // Under exactly-once, output is visible to readers only after a commit: commit often for low latency.
        props.putIfAbsent(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "100");
        // -1 leaves the replication of internal topics to the broker's default (1 on a one-node dev broker).
        props.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, "-1");
        // No default serdes: the topology passes the serdes of each typed Topic explicitly.
        // Bad records go to the dead-letter topic with their original bytes (KIP-1033, KIP-1034); the stream goes on.
        props.putIfAbsent(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topics.deadLetters().name());
        props.putIfAbsent(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        props.putIfAbsent(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        // An article that cannot be written becomes a small summary on the dead-letter topic; the stream goes on.
        props.putIfAbsent(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        // Enriched articles run to a few MiB at the output bounds' caps: the same limit as the topics' max.message.bytes.
        producerDefault(props, ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES));
        // The story step's repartition topic carries whole enriched articles: it takes what articles.enriched takes.
        props.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), String.valueOf(Topics.MAX_RECORD_BYTES));
        // News JSON compresses several-fold, so large articles stay small on the broker; lz4, as ingest, costs little CPU.
        producerDefault(props, ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        props.put(DeadLetterObserver.CONFIG, deadLetters);
        if (groupInstanceId != null) {
            props.putIfAbsent(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), groupInstanceId);
        }
        return props;
    }
}
