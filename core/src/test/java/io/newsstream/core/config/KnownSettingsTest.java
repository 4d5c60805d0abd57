package io.newsstream.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnownSettingsTest {

    private final KnownSettings sink = KnownSettings.of(Set.of("sink."),
            Map.of("sink.port", "8082", "sink.poll.timeout", "500ms"), "sink.jdbc.url", "sink.jdbc.user");

    @Test
    void misspeltKeyUnderAnOwnedPrefixIsRejectedWithTheClosestKnownKey() {
        Settings settings = Settings.of(Map.of("sink.jdbc.ur", "jdbc:postgresql://db/news"));

        assertThatThrownBy(() -> sink.check(settings))
                .isInstanceOf(ConfigException.class)
                .hasMessage("unknown setting sink.jdbc.ur; did you mean sink.jdbc.url?");
    }

    @Test
    void keysOutsideTheOwnedPrefixesPassThrough() {
        Settings settings = Settings.of(Map.of("kafka.linger.ms", "20", "ingest.port", "9000", "log.format", "json",
                "sink.jdbc.url", "jdbc:postgresql://db/news"));

        assertThatNoException().isThrownBy(() -> sink.check(settings));
    }

    @Test
    void combinedSettingsOwnBothPrefixesAndKeepBothDefaults() {
        KnownSettings both = sink.and(KnownSettings.of(Set.of("ingest."), Map.of("ingest.port", "8080")));

        assertThat(both.defaults()).containsEntry("ingest.port", "8080").containsEntry("sink.port", "8082");
        assertThatThrownBy(() -> both.check(Settings.of(Map.of("ingest.prot", "1"))))
                .hasMessage("unknown setting ingest.prot; did you mean ingest.port?");
    }

    @Test
    void twoDifferentDefaultsForOneKeyAreAMistakeInTheCode() {
        assertThatThrownBy(() -> sink.and(KnownSettings.of(Set.of(), Map.of("sink.port", "9000"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sink.port");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(KnownSettings.editDistance("sink.jdbc.ur", "sink.jdbc.url")).isEqualTo(1);
        assertThat(KnownSettings.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(KnownSettings.editDistance("", "abc")).isEqualTo(3);
    }
}
