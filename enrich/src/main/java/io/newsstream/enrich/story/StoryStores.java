package io.newsstream.enrich.story;

import io.newsstream.core.json.JsonSerde;
import io.newsstream.enrich.dedup.SeenArticle;
import io.newsstream.enrich.dedup.SeenArticles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The four window stores of the story step and their views as {@link SeenArticles} and {@link StoryIndex}. Window
 * stores drop whole time segments once they are older than the retention, so memory and disk stay bounded without a
 * scan: an entry lives between the window and one and a half windows (segments are half a retention long).
 */
public final class StoryStores {

    public static final String SEEN_BANDS = "seen-bands";
    public static final String SEEN_ARTICLES = "seen-articles";
    public static final String STORY_FEATURES = "story-features";
    public static final String STORIES = "stories";

    /** Every put lands in its own window start; the retention alone decides how long it is kept. */
    private static final Duration ENTRY = Duration.ofMillis(1);

    private StoryStores() {
    }

    public static List<StoreBuilder<?>> builders(StorySettings settings) {
        return List.of(
                store(SEEN_BANDS, settings.duplicatesWindow(), true, Serdes.String()),
                store(SEEN_ARTICLES, settings.duplicatesWindow(), false, new JsonSerde<>(SeenArticle.class)),
                store(STORY_FEATURES, settings.storiesWindow(), true, Serdes.String()),
                store(STORIES, settings.storiesWindow(), false, new JsonSerde<>(StoryProfile.class)));
    }

    private static <V> StoreBuilder<WindowStore<String, V>> store(String name, Duration retention, boolean duplicates,
                                                                  Serde<V> values) {
        return Stores.windowStoreBuilder(Stores.persistentWindowStore(name, retention, ENTRY, duplicates),
                Serdes.String(), values);
    }

    static SeenArticles seenArticles(WindowStore<String, String> bands, WindowStore<String, SeenArticle> articles,
                                     Duration window) {
        long windowMillis = window.toMillis();
        return new SeenArticles() {
            @Override
            public List<String> withBand(String band, long now, int limit) {
                return latest(bands, band, now - windowMillis, limit);
            }

            @Override
            public Optional<SeenArticle> find(String id, long now) {
                return last(articles, id, now - windowMillis);
            }

            @Override
            public void remember(SeenArticle article, List<String> bandKeys, long now) {
                articles.put(article.id(), article, now);
                bandKeys.forEach(band -> bands.put(band, article.id(), now));
            }
        };
    }

    static StoryIndex storyIndex(WindowStore<String, String> features, WindowStore<String, StoryProfile> stories,
                                 Duration window) {
        long windowMillis = window.toMillis();
        return new StoryIndex() {
            @Override
            public List<String> storiesWith(String feature, long now, int limit) {
                return latest(features, feature, now - windowMillis, limit);
            }

            @Override
            public Optional<StoryProfile> find(String storyId, long now) {
                return last(stories, storyId, now - windowMillis);
            }

            @Override
            public void remember(StoryProfile story, Collection<String> keys, long now) {
                stories.put(story.storyId(), story, now);
                keys.forEach(feature -> features.put(feature, story.storyId(), now));
            }
        };
    }

    // Up to the end of time: a copy may carry an earlier timestamp than its original (another producer's clock).
    private static List<String> latest(WindowStore<String, String> store, String key, long from, int limit) {
        Set<String> values = new LinkedHashSet<>();
        try (WindowStoreIterator<String> entries = store.backwardFetch(key, Math.max(0, from), Long.MAX_VALUE)) {
            while (entries.hasNext() && values.size() < limit) {
                values.add(entries.next().value);
            }
        }
        return new ArrayList<>(values);
    }

    private static <V> Optional<V> last(WindowStore<String, V> store, String key, long from) {
        try (WindowStoreIterator<V> entries = store.backwardFetch(key, Math.max(0, from), Long.MAX_VALUE)) {
            return entries.hasNext() ? Optional.of(entries.next().value) : Optional.empty();
        }
    }
}
