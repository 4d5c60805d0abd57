package io.newsstream.sink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsServeOnPort8082WithAnEmbeddedDatabaseUnderTheHomeDirectory() {
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of()));

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8082);
        assertThat(config.groupId()).isEqualTo("newsstream-sink");
        assertThat(config.embeddedDatabase()).isTrue();
        assertThat(config.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".newsstream", "postgres"));
        assertThat(config.topics().enriched().name()).isEqualTo("articles.enriched");
    }

    @Test
    void topicPrefixAndKafkaSettingsPassThrough() {
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(
                "topic.prefix", "prod.", "kafka.bootstrap.servers", "broker-1:9092", "kafka.max.poll.records", "200")));

        assertThat(config.topics().enriched().name()).isEqualTo("prod.articles.enriched");
        assertThat(config.topics().deadLetters().name()).isEqualTo("prod.articles.dlq");
        assertThat(config.kafka().values()).containsEntry("bootstrap.servers", "broker-1:9092")
                .containsEntry("max.poll.records", "200");
    }

    @Test
    void topicPrefixDerivesTheGroupSoPipelinesShareNoGroup() {
        SinkConfig blue = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of("topic.prefix", "blue.")));
        SinkConfig green = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of("topic.prefix", "green.")));

        assertThat(blue.groupId()).isEqualTo("blue.newsstream-sink");
        assertThat(green.groupId()).isEqualTo("green.newsstream-sink");
    }

    @Test
    void anExplicitGroupWinsOverThePrefix() {
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of("topic.prefix", "prod.", SinkConfig.GROUP_ID, "sink-replay")));

        assertThat(config.groupId()).isEqualTo("sink-replay");
    }

    @Test
    void jdbcUrlSelectsAnExternalDatabase() {
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(
                SinkConfig.JDBC_URL, "jdbc:postgresql://db:5432/news", SinkConfig.JDBC_USER, "writer",
                SinkConfig.JDBC_PASSWORD, "s3cret")));

        assertThat(config.embeddedDatabase()).isFalse();
        assertThat(config.jdbcUser()).isEqualTo("writer");
        assertThat(config.jdbcPassword()).isEqualTo("s3cret");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void passwordIsReadFromAFileWithoutItsTrailingNewline() throws Exception {
        Path secret = Files.writeString(dir.resolve("password"), "from-a-file\n");

        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(
                SinkConfig.JDBC_URL, "jdbc:postgresql://db/news", SinkConfig.JDBC_PASSWORD_FILE, secret.toString())));

        assertThat(config.jdbcPassword()).isEqualTo("from-a-file");
    }

    @Test
    void missingPasswordFileFailsNamingTheKey() {
        Map<String, String> settings = Map.of(SinkConfig.JDBC_PASSWORD_FILE, dir.resolve("absent").toString());

        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(settings)))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.JDBC_PASSWORD_FILE);
    }

    @Test
    void passwordAndPasswordFileTogetherAreRefused() {
        Map<String, String> settings = Map.of(SinkConfig.JDBC_PASSWORD, "a", SinkConfig.JDBC_PASSWORD_FILE, "/run/b");

        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(settings)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("not both");
    }

    @Test
    void nonPostgresJdbcUrlIsRefused() {
        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.JDBC_URL, "jdbc:mysql://db/news"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.JDBC_URL);
    }

    @Test
    void retryBackoffIsReadAndItsMaximumMayNotBeSmaller() {
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.RETRY_BACKOFF, "2s")));
        assertThat(config.retryBackoff()).isEqualTo(Duration.ofSeconds(2));

        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.RETRY_BACKOFF_MAX, "100ms"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.RETRY_BACKOFF_MAX);
    }

    @Test
    void connectionPoolDefaultsAndTheirLimits() {
        SinkConfig defaults = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of()));
        assertThat(defaults.poolSize()).isEqualTo(8);
        assertThat(defaults.connectionTimeout()).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.queryTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.writeTimeout()).isEqualTo(Duration.ofSeconds(60));

        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.POOL_SIZE, "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.POOL_SIZE);
        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.CONNECTION_TIMEOUT, "100ms"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.CONNECTION_TIMEOUT + " must be at least 250ms");
        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.QUERY_TIMEOUT, "0s"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.QUERY_TIMEOUT);
    }

    @Test
    void searchIndexerDefaultsAndTheirLimits() {
        SinkConfig defaults = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of()));
        assertThat(defaults.indexBatchSize()).isEqualTo(200);
        assertThat(defaults.indexPollInterval()).isEqualTo(Duration.ofMillis(500));
        SinkConfig set = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.INDEX_BATCH_SIZE, "50",
                SinkConfig.INDEX_POLL_INTERVAL, "2s")));
        assertThat(set.indexBatchSize()).isEqualTo(50);
        assertThat(set.indexPollInterval()).isEqualTo(Duration.ofSeconds(2));

        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.INDEX_BATCH_SIZE, "0"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.INDEX_BATCH_SIZE);
        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.INDEX_POLL_INTERVAL, "0s"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.INDEX_POLL_INTERVAL);
    }

    @Test
    void malformedPortFailsNamingTheKey() {
        assertThatThrownBy(() -> SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.PORT, "eighty"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(SinkConfig.PORT);
    }
}
