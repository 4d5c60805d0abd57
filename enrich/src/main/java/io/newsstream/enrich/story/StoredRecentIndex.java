package io.newsstream.enrich.story;

import io.newsstream.enrich.dedup.RecentIndex;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * A recent index over two Kafka Streams key-value stores: key to its {@link RecentIds} and id to its value with the
 * time it was remembered. Every lookup is a point read (one per key, one per id), never a range scan. Reads take
 * what was remembered from a window before the record's timestamp to a window after it, so a copy whose timestamp
 * is earlier than its original's (another producer's clock) still finds it; {@link ExpiredEntrySweeper} removes
 * what has fallen out of the window.
 */
public final class StoredRecentIndex<V> implements RecentIndex<V> {

    /** Enough for one article's 40 bands and features many times over, small next to the stores. */
    private static final int RECENTLY_READ = 4096;

    private final KeyValueStore<String, RecentIds> byKey;
    private final TimestampedKeyValueStore<String, V> values;
    private final long windowMillis;
    private final int idsPerKey;
    /** The keys last read or written: remembering an article rewrites the keys its lookup has just read. */
    private final Map<String, RecentIds> recentlyRead = new HashMap<>();

    /** @param idsPerKey the most ids kept under one key: no caller asks for more */
    public StoredRecentIndex(KeyValueStore<String, RecentIds> byKey, TimestampedKeyValueStore<String, V> values,
                             Duration window, int idsPerKey) {
        this.byKey = byKey;
        this.values = values;
        this.windowMillis = window.toMillis();
        this.idsPerKey = idsPerKey;
    }

    @Override
    public List<String> idsWith(String key, long now, int limit) {
        return read(key).between(now - windowMillis, now + windowMillis, limit);
    }

    @Override
    public Optional<V> find(String id, long now) {
        ValueAndTimestamp<V> value = values.get(id);
        return value != null && Math.abs(value.timestamp() - now) <= windowMillis
                ? Optional.of(value.value()) : Optional.empty();
    }

    @Override
    public void remember(String id, V value, Collection<String> keys, long now) {
        values.put(id, ValueAndTimestamp.make(value, now));
        for (String key : keys) {
            RecentIds filed = read(key).with(id, now, now - windowMillis, idsPerKey);
            byKey.put(key, filed);
            recentlyRead.put(key, filed);
        }
    }

    /**
     * The ids under a key, from the store or from the bounded map of those just read. The map cannot go stale: only
     * this index writes the store, and the sweeper deletes only keys whose every id is out of the window anyway.
     */
    private RecentIds read(String key) {
        RecentIds recent = recentlyRead.get(key);
        if (recent == null) {
            if (recentlyRead.size() >= RECENTLY_READ) {
                recentlyRead.clear();
            }
            recent = byKey.get(key);
            recent = recent == null ? RecentIds.EMPTY : recent;
            recentlyRead.put(key, recent);
        }
        return recent;
    }
}
