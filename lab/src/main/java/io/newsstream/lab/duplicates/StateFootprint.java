package io.newsstream.lab.duplicates;

import io.newsstream.core.json.JsonSerde;
import io.newsstream.enrich.dedup.RecentIndex;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Counts the bytes the story step writes to one pair of its window stores, as their serdes write them: keys, values,
 * and the 8-byte timestamp and 4-byte sequence number a window store adds to every key. Wraps the index the step
 * uses, so the figures come from the real records of the articles placed.
 */
public final class StateFootprint<V> implements RecentIndex<V> {

    /** What a window store adds to each key: the window start and, with duplicates kept, a sequence number. */
    static final int WINDOW_KEY_BYTES = 8 + 4;

    private final RecentIndex<V> index;
    private final JsonSerde<V> serde;
    private long bytes;

    public StateFootprint(RecentIndex<V> index, Class<V> type) {
        this.index = index;
        this.serde = new JsonSerde<>(type);
    }

    /** Every byte written so far. */
    public long bytes() {
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
        bytes += utf8(id) + WINDOW_KEY_BYTES + serde.serialize(null, value).length;
        for (String key : keys) {
            bytes += utf8(key) + WINDOW_KEY_BYTES + utf8(id);
        }
        index.remember(id, value, keys, now);
    }

    private static int utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
