package io.newsstream.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

    @TempDir
    Path dir;

    @Test
    void fileOverridesDefaultsAndEnvironmentOverridesFile() throws IOException {
        Path file = dir.resolve("newsstream.properties");
        Files.writeString(file, "ingest.port=9000\nsink.port=9001\n");
        Settings settings = Settings.load(
                Map.of("ingest.port", "8080", "sink.port", "8082", "enrich.port", "8081"),
                file,
                Map.of("NEWSSTREAM_SINK_PORT", "9100", "PATH", "/usr/bin"));

        assertThat(settings.port("enrich.port")).isEqualTo(8081);
        assertThat(settings.port("ingest.port")).isEqualTo(9000);
        assertThat(settings.port("sink.port")).isEqualTo(9100);
        assertThat(settings.find("path")).isEmpty();
    }

    @Test
    void configFileCanBeNamedByTheEnvironment() throws IOException {
        Path file = dir.resolve("other.properties");
        Files.writeString(file, "topic.prefix=prod.\n");
        Settings settings = Settings.load(Map.of(), null, Map.of(Settings.CONFIG_FILE_ENV, file.toString()));
        assertThat(settings.string("topic.prefix")).isEqualTo("prod.");
    }

    @Test
    void kafkaSettingsPassThroughWithoutThePrefix() {
        Settings settings = Settings.load(Map.of("kafka.bootstrap.servers", "localhost:9092"), null,
                Map.of("NEWSSTREAM_KAFKA_SECURITY_PROTOCOL", "SASL_SSL"));
        assertThat(settings.kafkaProperties())
                .containsEntry("bootstrap.servers", "localhost:9092")
                .containsEntry("security.protocol", "SASL_SSL")
                .hasSize(2);
    }

    @Test
    void malformedValuesFailWithTheKeyAndTheReason() {
        Settings settings = Settings.of(Map.of("ingest.port", "eighty", "sink.port", "70000", "flag", "maybe", "t", "5 parsecs"));
        assertThatThrownBy(() -> settings.port("ingest.port")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.port").hasMessageContaining("eighty");
        assertThatThrownBy(() -> settings.port("sink.port")).hasMessageContaining("sink.port must be a TCP port");
        assertThatThrownBy(() -> settings.bool("flag")).hasMessageContaining("flag must be true or false");
        ThrowingCallable badTime = () -> settings.duration("t");
        String reason = "t must be a duration";
        assertThatThrownBy(badTime).hasMessageContaining(reason);
        assertThatThrownBy(() -> settings.string("missing")).hasMessage("missing is required but not set");
    }

    @Test
    void missingConfigFileIsReportedWithItsPath() {
        Path missing = dir.resolve("nope.properties");
        assertThatThrownBy(() -> Settings.load(Map.of(), missing, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void durationsAcceptUnitsAndIso() {
        // A parsing check, not a timing one: each written setting becomes the right Duration value.
        assertThat(parsed("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(parsed("5s")).isEqualTo(Duration.ofSeconds(5));
        assertThat(parsed("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(parsed("PT1H")).isEqualTo(Duration.ofHours(1));
    }

    private static Duration parsed(String written) {
        return Settings.of(Map.of("key", written)).duration("key");
    }

    @Test
    void kubernetesServiceLinksAndClientVariablesInTheEnvironmentAreNotSettings() {
        Settings settings = Settings.load(Map.of("sink.port", "8082"), null, Map.of(
                "NEWSSTREAM_SINK_SERVICE_HOST", "10.0.0.7",
                "NEWSSTREAM_SINK_SERVICE_PORT_HTTP", "8082",
                "NEWSSTREAM_SINK_PORT", "tcp://10.0.0.7:8082",
                "NEWSSTREAM_SINK_PORT_8082_TCP_ADDR", "10.0.0.7",
                "NEWSSTREAM_SINK_JDBC_USER", "news",
                "NEWSSTREAM_INGEST_TOKEN", "feed-client-token",
                "NEWSSTREAM_LOG_LEVEL", "DEBUG"));

        assertThat(settings.asMap()).containsOnlyKeys("sink.port", "sink.jdbc.user");
        assertThat(settings.port("sink.port")).isEqualTo(8082);
    }

    @Test
    void typedHelpersNameTheKeyAndTheBound() {
        Settings settings = Settings.of(Map.of("a.timeout", "0s", "a.window", "-1s", "a.count", "0"));

        assertThatThrownBy(() -> settings.positiveDuration("a.timeout")).hasMessageStartingWith("a.timeout must be a positive duration");
        assertThatThrownBy(() -> settings.nonNegativeDuration("a.window")).hasMessageStartingWith("a.window must not be negative");
        assertThatThrownBy(() -> settings.integerAtLeast("a.count", 1)).hasMessage("a.count must be at least 1, got 0");
        assertThat(settings.nonNegativeDuration("a.timeout")).isZero();
    }
}
