package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import io.newsstream.core.kafka.Topics;
import io.newsstream.enrich.errors.DeadLetterDeserializationHandler;
import io.newsstream.enrich.errors.DeadLetterObserver;
import io.newsstream.enrich.errors.DeadLetterProcessingHandler;
import io.newsstream.enrich.errors.DeadLetterProductionHandler;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class EnrichConfigTest {

    private static EnrichConfig config(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(EnrichConfig.DEFAULTS);
        values.putAll(overrides);
        return EnrichConfig.from(Settings.of(values));
    }

    @Test
    void defaultsGiveAWorkingConfiguration() {
        EnrichConfig config = config(Map.of());

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8081);
        assertThat(config.applicationId()).isEqualTo("newsstream-enrich");
        assertThat(config.topicPartitions()).isEqualTo(3);
        assertThat(config.topics().raw().name()).isEqualTo("articles.raw");
        assertThat(config.kafka().values()).containsEntry("bootstrap.servers", "localhost:9092");
    }

    @Test
    void knowledgeBaseDirectoryAndBodyLimitAreOptionalSettings() {
        assertThat(config(Map.of()).kbDir()).isNull();
        assertThat(config(Map.of()).maxBodyChars()).isEqualTo(200_000);

        EnrichConfig custom = config(Map.of(EnrichConfig.KB_DIR, "/etc/newsstream/kb", EnrichConfig.MAX_BODY_CHARS, "50000"));

        assertThat(custom.kbDir()).isEqualTo(java.nio.file.Path.of("/etc/newsstream/kb"));
        assertThat(custom.maxBodyChars()).isEqualTo(50_000);
    }

    @Test
    void stanceTargetsAreAnOptionalFileOrFolder() {
        assertThat(config(Map.of()).stanceTargets()).isNull();
        assertThat(config(Map.of(EnrichConfig.STANCE_TARGETS, "/etc/newsstream/targets")).stanceTargets())
                .isEqualTo(java.nio.file.Path.of("/etc/newsstream/targets"));
    }

    @Test
    void stanceIsOnUnlessTurnedOff() {
        assertThat(config(Map.of()).stanceEnabled()).isTrue();
        assertThat(config(Map.of(EnrichConfig.STANCE_ENABLED, "false")).stanceEnabled()).isFalse();
    }

    @Test
    void tinyBodyLimitFailsNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of(EnrichConfig.MAX_BODY_CHARS, "10")))
                .hasMessageContaining(EnrichConfig.MAX_BODY_CHARS);
    }

    @Test
    void streamsPropertiesSetExactlyOnceAndTheDeadLetterHandlers() {
        DeadLetterObserver observer = stage -> { };

        Properties props = config(Map.of("topic.prefix", "prod.")).streamsProperties(observer);

        assertThat(props)
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "prod.newsstream-enrich")
                .containsEntry(StreamsConfig.CLIENT_ID_CONFIG, "prod.newsstream-enrich-" + config(Map.of()).instance())
                .containsEntry(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092")
                .containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2)
                .containsEntry(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "prod.articles.dlq")
                .containsEntry(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class)
                .containsEntry(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class)
                .containsEntry(DeadLetterObserver.CONFIG, observer);
        // The properties must be a configuration Kafka Streams accepts.
        assertThat(new StreamsConfig(props).getString(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo("exactly_once_v2");
    }

    @Test
    void topicPrefixDerivesTheApplicationIdSoPipelinesShareNoGroup() {
        assertThat(config(Map.of("topic.prefix", "blue.")).applicationId()).isEqualTo("blue.newsstream-enrich");
        assertThat(config(Map.of("topic.prefix", "green.")).applicationId()).isEqualTo("green.newsstream-enrich");
    }

    @Test
    void anExplicitApplicationIdWinsOverThePrefix() {
        EnrichConfig config = config(Map.of("topic.prefix", "prod.", EnrichConfig.APPLICATION_ID, "enrich-canary"));

        assertThat(config.applicationId()).isEqualTo("enrich-canary");
        assertThat(config.streamsProperties(DeadLetterObserver.NONE))
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-canary");
    }

    @Test
    void producerLimitCompressionAndProductionHandlerAreSetTogether() {
        Properties props = config(Map.of()).streamsProperties(DeadLetterObserver.NONE);

        assertThat(props)
                .containsEntry(StreamsConfig.producerPrefix("max.request.size"), String.valueOf(Topics.MAX_RECORD_BYTES))
                .containsEntry(StreamsConfig.producerPrefix("compression.type"), "lz4")
                .containsEntry(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        assertThat(new StreamsConfig(props).getProducerConfigs("c")).containsEntry("max.request.size", String.valueOf(Topics.MAX_RECORD_BYTES));
        assertThat(config(Map.of()).maxEnrichedBytes()).isEqualTo(Topics.MAX_RECORD_BYTES - 64 * 1024);
    }

    @Test
    void aProducerLimitTheUserSetsWinsAndBoundsTheEnrichedArticles() {
        EnrichConfig config = config(Map.of("kafka.max.request.size", "2097152", "kafka.compression.type", "zstd"));

        Properties props = config.streamsProperties(DeadLetterObserver.NONE);

        assertThat(props).doesNotContainKey(StreamsConfig.producerPrefix("max.request.size"))
                .doesNotContainKey(StreamsConfig.producerPrefix("compression.type"));
        assertThat(new StreamsConfig(props).getProducerConfigs("c")).containsEntry("max.request.size", "2097152");
        assertThat(config.maxEnrichedBytes()).isEqualTo(2097152 - 64 * 1024);
    }

    @Test
    void threadFailureWindowDefaultsToFiveMinutesAndMustNotBeNegative() {
        assertThat(config(Map.of()).threadFailureWindow()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> config(Map.of(EnrichConfig.THREAD_FAILURE_WINDOW, "-1s")))
                .hasMessageContaining(EnrichConfig.THREAD_FAILURE_WINDOW);
    }

    @Test
    void groupInstanceIdMakesTheMainConsumerAStaticMember() {
        assertThat(config(Map.of()).streamsProperties(DeadLetterObserver.NONE))
                .doesNotContainKey(StreamsConfig.mainConsumerPrefix("group.instance.id"));

        Properties props = config(Map.of(EnrichConfig.GROUP_INSTANCE_ID, "enrich-0")).streamsProperties(DeadLetterObserver.NONE);

        assertThat(props).containsEntry(StreamsConfig.mainConsumerPrefix("group.instance.id"), "enrich-0");
        assertThat(new StreamsConfig(props).getMainConsumerConfigs("g", "c", 0)).containsKey("group.instance.id");
    }

    @Test
    void oneStreamThreadPerCoreUnlessTheUserSetsTheCount() {
        assertThat(config(Map.of()).streamsProperties(DeadLetterObserver.NONE))
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG,
                        String.valueOf(Runtime.getRuntime().availableProcessors()));
        assertThat(config(Map.of("kafka.num.stream.threads", "1")).streamsProperties(DeadLetterObserver.NONE))
                .containsEntry(StreamsConfig.NUM_STREAM_THREADS_CONFIG, "1");
    }

    @Test
    void kafkaSettingsWinOverEnrichDefaults() {
        Properties props = config(Map.of(
                "kafka.commit.interval.ms", "2000",
                "kafka.application.id", "enrich-canary",
                "kafka.security.protocol", "SSL")).streamsProperties(DeadLetterObserver.NONE);

        assertThat(props)
                .containsEntry(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "2000")
                .containsEntry(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-canary")
                .containsEntry("security.protocol", "SSL");
    }

    @Test
    void nonPositivePartitionCountFailsNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of(EnrichConfig.TOPIC_PARTITIONS, "0")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(EnrichConfig.TOPIC_PARTITIONS);
    }

    @Test
    void malformedPortFailsNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of(EnrichConfig.PORT, "eighty")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(EnrichConfig.PORT);
    }

    @Test
    void missingBootstrapServersFailsNamingTheKey() {
        assertThatThrownBy(() -> config(Map.of("kafka.bootstrap.servers", "")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("kafka.bootstrap.servers");
    }
}
