package io.newsstream.enrich.story;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import java.time.Duration;
import java.util.Map;

/**
 * The rules of the duplicate and story step, from configuration.
 *
 * @param duplicatesWindow how long an article's fingerprint is remembered: later copies find it within this time
 * @param duplicateSimilarity the least estimated Jaccard similarity of two bodies' shingles that makes them copies
 * @param duplicateMinWords bodies with fewer words get no fingerprint and are nobody's copy
 * @param storiesWindow how long a story stays open for new articles after its last one
 * @param storyMinTermShare the least share of an article's key terms the story must have to take it: what
 *                          happened, where entities only say who and where
 * @param storyMinSharedEntities the least number of named entities the article must share with the story
 */
public record StorySettings(Duration duplicatesWindow, double duplicateSimilarity, int duplicateMinWords,
                            Duration storiesWindow, double storyMinTermShare, int storyMinSharedEntities) {

    public static final String DUPLICATES_WINDOW = "enrich.duplicates.window";
    public static final String DUPLICATES_SIMILARITY = "enrich.duplicates.similarity";
    public static final String DUPLICATES_MIN_WORDS = "enrich.duplicates.min.words";
    public static final String STORIES_WINDOW = "enrich.stories.window";
    public static final String STORIES_MIN_TERM_SHARE = "enrich.stories.min.term.share";
    public static final String STORIES_MIN_SHARED_ENTITIES = "enrich.stories.min.shared.entities";

    public static final Map<String, String> DEFAULTS = Map.of(
            DUPLICATES_WINDOW, "P7D",
            DUPLICATES_SIMILARITY, "0.5",
            DUPLICATES_MIN_WORDS, "30",
            STORIES_WINDOW, "P3D",
            STORIES_MIN_TERM_SHARE, "0.4",
            STORIES_MIN_SHARED_ENTITIES, "1");

    public static final StorySettings DEFAULT = from(Settings.of(DEFAULTS));

    public StorySettings {
        positive(DUPLICATES_WINDOW, duplicatesWindow);
        positive(STORIES_WINDOW, storiesWindow);
        fraction(DUPLICATES_SIMILARITY, duplicateSimilarity);
        fraction(STORIES_MIN_TERM_SHARE, storyMinTermShare);
        if (duplicateMinWords < 1 || storyMinSharedEntities < 0) {
            throw new ConfigException(DUPLICATES_MIN_WORDS + " must be at least 1 and " + STORIES_MIN_SHARED_ENTITIES
                    + " at least 0, got " + duplicateMinWords + " and " + storyMinSharedEntities);
        }
    }

    public static StorySettings from(Settings settings) {
        return new StorySettings(
                settings.duration(DUPLICATES_WINDOW),
                number(settings, DUPLICATES_SIMILARITY),
                settings.integer(DUPLICATES_MIN_WORDS),
                settings.duration(STORIES_WINDOW),
                number(settings, STORIES_MIN_TERM_SHARE),
                settings.integer(STORIES_MIN_SHARED_ENTITIES));
    }

    private static double number(Settings settings, String key) {
        String value = settings.string(key).trim();
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a number, got '" + value + "'");
        }
    }

    private static void positive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new ConfigException(key + " must be positive, got " + value);
        }
    }

    private static void fraction(String key, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new ConfigException(key + " must be above 0 and at most 1, got " + value);
        }
    }
}
