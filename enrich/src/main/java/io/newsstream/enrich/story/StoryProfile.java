package io.newsstream.enrich.story;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A story as the clustering remembers it: the features of its articles, summed and kept to the strongest.
 *
 * @param features feature to summed weight over the story's articles, at most {@link #MAX_FEATURES}
 */
public record StoryProfile(String storyId, Instant firstSeen, Instant lastSeen, int articles, Map<String, Double> features) {

    static final int MAX_FEATURES = 60;

    public StoryProfile {
        features = Map.copyOf(features);
    }

    public static StoryProfile start(String storyId, Instant at, Map<String, Double> features) {
        return new StoryProfile(storyId, at, at, 0, Map.of()).with(features, at);
    }

    /**
     * The story's {@code count} strongest features: an article is compared with these, not with all, so a story that
     * has grown long does not take every article that shares a few of its many words.
     */
    public Set<String> strongest(int count) {
        return features.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    /** This story with one more article. */
    public StoryProfile with(Map<String, Double> articleFeatures, Instant at) {
        Map<String, Double> summed = new HashMap<>(features);
        articleFeatures.forEach((feature, weight) -> summed.merge(feature, weight, Double::sum));
        Map<String, Double> kept = new LinkedHashMap<>();
        summed.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_FEATURES)
                .forEach(e -> kept.put(e.getKey(), e.getValue()));
        return new StoryProfile(storyId, firstSeen, at.isAfter(lastSeen) ? at : lastSeen, articles + 1, kept);
    }
}
