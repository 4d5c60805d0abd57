package io.newsstream.enrich.story;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A story as the clustering remembers it: the features of its articles, summed and kept to the strongest.
 *
 * @param features feature to summed weight over the story's articles, at most {@link #MAX_FEATURES}, kept strongest
 *                 first (ties by feature), so the strongest are read off the front instead of sorted per lookup
 */
public record StoryProfile(String storyId, Instant firstSeen, Instant lastSeen, int articles, Map<String, Double> features) {

    static final int MAX_FEATURES = 60;
    private static final Comparator<Map.Entry<String, Double>> STRONGEST_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());

    public StoryProfile {
        features = strongestFirst(features);
    }

    public static StoryProfile start(String storyId, Instant at, Map<String, Double> features) {
        return new StoryProfile(storyId, at, at, 0, Map.of()).with(features, at);
    }

    /**
     * The story's {@code count} strongest features: an article is compared with these, not with all, so a story that
     * has grown long does not take every article that shares a few of its many words.
     */
    public List<String> strongest(int count) {
        List<String> strongest = new ArrayList<>(Math.min(count, features.size()));
        for (String feature : features.keySet()) {
            if (strongest.size() == count) {
                break;
            }
            strongest.add(feature);
        }
        return strongest;
    }

    /** This story with one more article. */
    public StoryProfile with(Map<String, Double> articleFeatures, Instant at) {
        Map<String, Double> summed = new HashMap<>(features);
        articleFeatures.forEach((feature, weight) -> summed.merge(feature, weight, Double::sum));
        List<Map.Entry<String, Double>> strongest = new ArrayList<>(summed.entrySet());
        strongest.sort(STRONGEST_FIRST);
        Map<String, Double> kept = new LinkedHashMap<>();
        strongest.stream().limit(MAX_FEATURES).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return new StoryProfile(storyId, firstSeen, at.isAfter(lastSeen) ? at : lastSeen, articles + 1, kept);
    }

    /** The features in strongest-first order: one pass when they already are (as built here and as stored). */
    private static Map<String, Double> strongestFirst(Map<String, Double> features) {
        List<Map.Entry<String, Double>> entries = new ArrayList<>(features.entrySet());
        for (int i = 1; i < entries.size(); i++) {
            if (STRONGEST_FIRST.compare(entries.get(i - 1), entries.get(i)) > 0) {
                entries.sort(STRONGEST_FIRST);
                break;
            }
        }
        Map<String, Double> ordered = new LinkedHashMap<>();
        entries.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return Collections.unmodifiableMap(ordered);
    }
}
