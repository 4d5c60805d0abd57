package io.newsstream.lab.duplicates;

import io.newsstream.enrich.dedup.RecentIndex;
import io.newsstream.enrich.story.RecentIds;
import io.newsstream.enrich.story.RecentIdsSerde;
import io.newsstream.enrich.story.StoryStores;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Counts the bytes one pair of the story step's key-value stores holds once the articles are placed, as their serdes
 * write them: each key with its latest {@link RecentIds}, each id with its latest value and the 8-byte timestamp a
 * timestamped store adds. Wraps the index the step uses, so the figures come from the real records of the articles
 * placed.
 */
public final class StateFootprint<V> implements RecentIndex<V> {

    /** What a timestamped key-value store adds to each value. */
    static final int TIMESTAMP_BYTES = 8;

    private final RecentIndex<V> index;
    private final Serializer<V> values;
    private final long windowMillis;
    private final RecentIdsSerde ids = new RecentIdsSerde();
    private final Map<String, RecentIds> byKey = new HashMap<>();
    private final Map<String, Integer> valueBytes = new HashMap<>();

    public StateFootprint(RecentIndex<V> index, Serializer<V> values, Duration window) {
        this.index = index;
        this.values = values;
        this.windowMillis = window.toMillis();
    }

    /** The bytes the stores hold now. */
    public long bytes() {
        long bytes = 0;
        for (Map.Entry<String, RecentIds> key : byKey.entrySet()) {
            bytes += utf8(key.getKey()) + ids.serialize(null, key.getValue()).length;
        }
        for (Map.Entry<String, Integer> value : valueBytes.entrySet()) {
            bytes += utf8(value.getKey()) + TIMESTAMP_BYTES + value.getValue();
        }
        return bytes;
    }

    @Override
    public List<String> idsWith(String key, long now, int limit) {
        return index.idsWith(key, now, limit);
    }

    @Override
    public Optional<V> find(String id, long now) {
        return index.find(id, now);
    }

    @Override
    public void remember(String id, V value, Collection<String> keys, long now) {
        valueBytes.put(id, values.serialize(null, value).length);
        for (String key : keys) {
            byKey.merge(key, RecentIds.EMPTY.with(id, now, now - windowMillis, StoryStores.IDS_PER_KEY),
                    (filed, added) -> filed.with(id, now, now - windowMillis, StoryStores.IDS_PER_KEY));
        }
        index.remember(id, value, keys, now);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
