package io.newsstream.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {

    @Test
    void aLoggedConfigurationShowsNoSecretButEveryOtherSetting() {
        KafkaClientSettings kafka = new KafkaClientSettings(Map.of(
                "bootstrap.servers", "broker-1:9093",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required password=\"s3cr3t\";",
                "ssl.truststore.password", "trust-me",
                "basic.auth.user.info", "user:pass"));

        assertThat(kafka.toString())
                .contains("bootstrap.servers=broker-1:9093", "sasl.jaas.config=[hidden]",
                        "ssl.truststore.password=[hidden]", "basic.auth.user.info=[hidden]")
                .doesNotContain("s3cr3t", "trust-me", "user:pass");
        assertThat(kafka.properties().getProperty("sasl.jaas.config")).contains("s3cr3t");
    }
}
