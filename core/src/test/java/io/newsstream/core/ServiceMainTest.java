package io.newsstream.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.KnownSettings;
import io.newsstream.core.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceMainTest {

    private static final KnownSettings SINK = ServiceMain.SHARED.and(
            KnownSettings.of(Set.of("sink."), Map.of("sink.port", "8082"), "sink.jdbc.url"));

    @Test
    void configFileIsTheOnlyArgument() {
        assertThat(ServiceMain.configFile("sink", new String[0])).isNull();
        assertThat(ServiceMain.configFile("sink", new String[] {"--config", "a.properties"})).isEqualTo(Path.of("a.properties"));
        assertThat(ServiceMain.configFile("sink", new String[] {"--config=b.properties"})).isEqualTo(Path.of("b.properties"));
        assertThatThrownBy(() -> ServiceMain.configFile("sink", new String[] {"--confg", "a.properties"}))
                .isInstanceOf(ConfigException.class)
                .hasMessage("usage: sink [--config FILE], got '--confg a.properties'");
        assertThatThrownBy(() -> ServiceMain.configFile("sink", new String[] {"--config"})).isInstanceOf(ConfigException.class);
    }

    @Test
    void defaultsFileEnvironmentAndOptionsAreMergedInThatOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sink.properties");
        Files.writeString(file, "sink.port=9000\ntopic.prefix=file.\nsink.jdbc.url=jdbc:postgresql://file/db\n");

        Settings settings = ServiceMain.load(SINK, file, Map.of("NEWSSTREAM_TOPIC_PREFIX", "env."),
                Map.of("sink.jdbc.url", "jdbc:postgresql://option/db"));

        assertThat(settings.port("sink.port")).isEqualTo(9000);
        assertThat(settings.string("topic.prefix")).isEqualTo("env.");
        assertThat(settings.string("sink.jdbc.url")).isEqualTo("jdbc:postgresql://option/db");
        assertThat(settings.string("kafka.bootstrap.servers")).isEqualTo("localhost:9092");
    }

    @Test
    void aMisspeltSettingFromTheEnvironmentStopsStartUp() {
        assertThatThrownBy(() -> ServiceMain.load(SINK, null, Map.of("NEWSSTREAM_SINK_JDBC_UR", "jdbc:postgresql://x/db"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting sink.jdbc.ur; did you mean sink.jdbc.url?");
        assertThatThrownBy(() -> ServiceMain.load(SINK, null, Map.of("NEWSSTREAM_HTTP_IDLE_TIMOUT", "5s"), Map.of()))
                .hasMessage("unknown setting http.idle.timout; did you mean http.idle.timeout?");
    }
}
