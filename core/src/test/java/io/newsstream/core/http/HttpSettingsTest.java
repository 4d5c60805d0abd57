package io.newsstream.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSettingsTest {

    @Test
    void readsTheServicesAddressAndTheSharedBounds() {
        HttpSettings http = HttpSettings.from(Settings.of(Map.of("sink.host", "127.0.0.1", "sink.port", "9082",
                "http.max.threads", "50", "http.idle.timeout", "10s", "http.max.header.bytes", "8192",
                "metrics.auth.tokens", "a,b")), "sink");

        assertThat(http.host()).isEqualTo("127.0.0.1");
        assertThat(http.port()).isEqualTo(9082);
        assertThat(http.limits()).isEqualTo(new HttpLimits(50, Duration.ofSeconds(10), 8192));
        assertThat(http.metricsTokens().required()).isTrue();
    }

    @Test
    void withoutBoundsItUsesTheDefaultsAndLeavesMetricsOpen() {
        HttpSettings http = HttpSettings.from(Settings.of(Map.of("ingest.host", "0.0.0.0", "ingest.port", "8080")), "ingest");

        assertThat(http.limits()).isEqualTo(HttpLimits.DEFAULTS);
        assertThat(http.metricsTokens().required()).isFalse();
    }

    @Test
    void boundsTooSmallToServeFailNamingTheSettings() {
        assertThatThrownBy(() -> HttpSettings.from(Settings.of(Map.of("ingest.host", "0.0.0.0", "ingest.port", "8080",
                "http.max.threads", "2")), "ingest"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("http.max.threads")
                .hasMessageContaining("at least 8");
    }
}
