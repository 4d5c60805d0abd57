package io.newsstream.enrich.story;

import io.newsstream.enrich.dedup.RecentIndex;
import io.newsstream.enrich.dedup.SeenArticle;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The four key-value stores of the story step (RocksDB, changelogged, behind Streams' record cache), read through
 * {@link StoredRecentIndex} and kept to their window by {@link ExpiredEntrySweeper}. Key-value rather than window
 * stores: a window store answers a key with a range scan over each of its time segments, which made the step's
 * 65 lookups per article cost a third of enrichment; here each is one point read (decision 0013).
 */
public final class StoryStores {

    /**
     * Named with the signature's version: the one-permutation signatures (issue 16, round 2) mean something else than
     * the 120-hash ones filed before, so a new version starts empty instead of comparing the two.
     */
    public static final String DUPLICATE_BANDS = "duplicate-bands-2";
    public static final String DUPLICATE_ARTICLES = "duplicate-articles-2";
    public static final String STORY_FEATURES = "story-features";
    public static final String STORY_PROFILES = "story-profiles";
    public static final List<String> NAMES = List.of(DUPLICATE_BANDS, DUPLICATE_ARTICLES, STORY_FEATURES, STORY_PROFILES);

    /** Ids kept under one band or feature: as many as the duplicate finder and the clusterer read. */
    public static final int IDS_PER_KEY = 20;

    private StoryStores() {
    }

    public static List<StoreBuilder<?>> builders() {
        return List.of(
                keyValue(DUPLICATE_BANDS, new RecentIdsSerde()),
                timestamped(DUPLICATE_ARTICLES, new SeenArticleSerde()),
                keyValue(STORY_FEATURES, new RecentIdsSerde()),
                timestamped(STORY_PROFILES, new StoryProfileSerde()));
    }

    /** The fingerprints of recent articles, found by their LSH bands, over the stores {@code stores} names. */
    public static RecentIndex<SeenArticle> duplicates(Function<String, StateStore> stores, StorySettings settings) {
        return new StoredRecentIndex<>(store(stores, DUPLICATE_BANDS), store(stores, DUPLICATE_ARTICLES),
                settings.duplicatesWindow(), IDS_PER_KEY);
    }

    /** The open stories, found by their features, over the stores {@code stores} names. */
    public static RecentIndex<StoryProfile> stories(Function<String, StateStore> stores, StorySettings settings) {
        return new StoredRecentIndex<>(store(stores, STORY_FEATURES), store(stores, STORY_PROFILES),
                settings.storiesWindow(), IDS_PER_KEY);
    }

    /** One sweeper per store, each with its window. */
    public static List<ExpiredEntrySweeper<?>> sweepers(Function<String, StateStore> stores, StorySettings settings) {
        long duplicates = settings.duplicatesWindow().toMillis();
        long stories = settings.storiesWindow().toMillis();
        return List.of(
                new ExpiredEntrySweeper<RecentIds>(store(stores, DUPLICATE_BANDS), RecentIds::newest, duplicates),
                new ExpiredEntrySweeper<ValueAndTimestamp<SeenArticle>>(store(stores, DUPLICATE_ARTICLES),
                        ValueAndTimestamp::timestamp, duplicates),
                new ExpiredEntrySweeper<RecentIds>(store(stores, STORY_FEATURES), RecentIds::newest, stories),
                new ExpiredEntrySweeper<ValueAndTimestamp<StoryProfile>>(store(stores, STORY_PROFILES),
                        ValueAndTimestamp::timestamp, stories));
    }

    @SuppressWarnings("unchecked")
    private static <S extends StateStore> S store(Function<String, StateStore> stores, String name) {
        return (S) stores.apply(name);
    }

    private static <V> StoreBuilder<KeyValueStore<String, V>> keyValue(String name, Serde<V> values) {
        return Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(name), Serdes.String(), values)
                .withCachingEnabled();
    }

    private static <V> StoreBuilder<TimestampedKeyValueStore<String, V>> timestamped(String name, Serde<V> values) {
        return Stores.timestampedKeyValueStoreBuilder(Stores.persistentTimestampedKeyValueStore(name), Serdes.String(),
                values).withCachingEnabled();
    }
}
