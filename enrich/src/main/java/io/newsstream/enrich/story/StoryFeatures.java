package io.newsstream.enrich.story;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an article's story is recognised by, with weights: its people, organisations and other named things
 * ({@code e:} id, weight 2), its places ({@code e:} id, weight 1: a place alone is a beat, not an event) and its key
 * terms ({@code t:} word, weight 1).
 */
public final class StoryFeatures {

    static final int KEY_TERMS = 10;

    private StoryFeatures() {
    }

    public static Map<String, Double> of(EnrichedArticle article) {
        Map<String, Double> features = new LinkedHashMap<>();
        for (Entity entity : article.entities()) {
            features.put(entityKey(entity), entity.type() == EntityType.LOCATION ? 1.0 : 2.0);
        }
        for (String term : KeyTerms.of(article.language(), article.title(), article.body(), KEY_TERMS)) {
            features.putIfAbsent("t:" + term, 1.0);
        }
        return features;
    }

    static String entityKey(Entity entity) {
        return "e:" + entity.id();
    }

    static boolean isEntity(String feature) {
        return feature.startsWith("e:");
    }
}
