package io.newsstream.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorySettingsTest {

    @Test
    void defaultsAreAWeekOfCopiesAndThreeDaysOfStories() {
        assertThat(StorySettings.DEFAULT.duplicatesWindow()).isEqualTo(Duration.ofDays(7));
        assertThat(StorySettings.DEFAULT.storiesWindow()).isEqualTo(Duration.ofDays(3));
        assertThat(StorySettings.DEFAULT.duplicateSimilarity()).isEqualTo(0.5);
    }

    @Test
    void malformedOrOutOfRangeValuesFailWithTheKey() {
        assertThatThrownBy(() -> load(StorySettings.DUPLICATES_SIMILARITY, "half"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(StorySettings.DUPLICATES_SIMILARITY);
        assertThatThrownBy(() -> load(StorySettings.STORIES_MIN_TERM_SHARE, "1.5"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(StorySettings.STORIES_MIN_TERM_SHARE);
        assertThatThrownBy(() -> load(StorySettings.DUPLICATES_WINDOW, "0s"))
                .isInstanceOf(ConfigException.class).hasMessageContaining(StorySettings.DUPLICATES_WINDOW);
    }

    private static StorySettings load(String key, String value) {
        Map<String, String> values = new HashMap<>(StorySettings.DEFAULTS);
        values.put(key, value);
        return StorySettings.from(Settings.of(values));
    }
}
