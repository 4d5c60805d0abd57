package io.newsstream.enrich.story;

import io.newsstream.core.json.JsonSerde;
import io.newsstream.enrich.dedup.SeenArticle;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The four window stores of the story step, read through {@link WindowedRecentIndex}. Window
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
}
