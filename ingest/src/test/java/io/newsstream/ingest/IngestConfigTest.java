package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestConfigTest {

    @Test
    void defaultsGiveTheDocumentedValues() {
        IngestConfig config = IngestConfig.from(settings(Map.of()));

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.maxRequestBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(config.maxArticleBytes()).isEqualTo(1024 * 1024);
        assertThat(config.sendTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.topicPartitions()).isEqualTo(3);
        assertThat(config.topicReplicationFactor()).isEqualTo((short) -1);
        assertThat(config.topics().raw().name()).isEqualTo("articles.raw");
        assertThat(config.kafkaProperties()).containsEntry("bootstrap.servers", "localhost:9092");
    }

    @Test
    void environmentOverridesDefaultsAndKafkaSettingsPassThrough() {
        Map<String, String> defaults = new HashMap<>(CommonSettings.DEFAULTS);
        defaults.putAll(IngestConfig.DEFAULTS);
        Settings settings = Settings.load(defaults, null, Map.of(
                "NEWSSTREAM_INGEST_PORT", "9090",
                "NEWSSTREAM_INGEST_MAX_ARTICLE_BYTES", "256KiB",
                "NEWSSTREAM_TOPIC_PREFIX", "prod.",
                "NEWSSTREAM_KAFKA_LINGER_MS", "20"));

        IngestConfig config = IngestConfig.from(settings);

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.maxArticleBytes()).isEqualTo(256 * 1024);
        assertThat(config.topics().raw().name()).isEqualTo("prod.articles.raw");
        assertThat(config.kafkaProperties()).containsEntry("linger.ms", "20");
    }

    @Test
    void sizeInPlainBytesIsAccepted() {
        assertThat(IngestConfig.from(settings(Map.of(IngestConfig.MAX_REQUEST_BYTES, "2000000"))).maxRequestBytes())
                .isEqualTo(2_000_000);
    }

    @Test
    void malformedSizeFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.MAX_REQUEST_BYTES, "lots"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.max.request.bytes must be a size");
    }

    @Test
    void articleLimitAboveRequestLimitFails() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(
                IngestConfig.MAX_REQUEST_BYTES, "1MiB", IngestConfig.MAX_ARTICLE_BYTES, "2MiB"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.max.article.bytes");
    }

    @Test
    void zeroSendTimeoutFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.SEND_TIMEOUT, "0s"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.send.timeout");
    }

    @Test
    void zeroPartitionsFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.TOPIC_PARTITIONS, "0"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.topic.partitions");
    }

    @Test
    void portOutOfRangeFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.PORT, "70000"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.port");
    }

    static Settings settings(Map<String, String> overrides) {
        Map<String, String> values = new HashMap<>(CommonSettings.DEFAULTS);
        values.putAll(IngestConfig.DEFAULTS);
        values.putAll(overrides);
        return Settings.of(values);
    }
}
