package io.newsstream.enrich.story;

import io.newsstream.enrich.dedup.RecentIndex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * A recent index over two Kafka Streams key-value stores: key to its {@link RecentIds} and id to its value with the
 * time it was remembered. Every lookup is a point read (one per key, one per id), never a range scan. Reads take
 * what was remembered from a window before the record's timestamp to a window after it, so a copy whose timestamp
 * is earlier than its original's (another producer's clock) still finds it; {@link ExpiredEntrySweeper} removes
 * what has fallen out of the window.
 *
 * <p>The entries last read or written stay in two bounded maps in front of the stores: remembering an article
 * rewrites the keys its lookup has just read, and busy stories and entities are read by article after article. The
 * maps cannot go stale: only this index writes its stores (one task owns them, and a new task builds a new index),
 * and the sweeper deletes only entries that are out of the window anyway, which reads and writes here skip too.
 */
public final class StoredRecentIndex<V> implements RecentIndex<V> {

    /**
     * Entries kept in front of each store: the keys of the last few hundred articles, at most some megabytes of
     * heap (a fingerprint record is about 600 bytes, a list of ids under a key some hundred).
     */
    private static final int RECENT_ENTRIES = 8192;

    private final KeyValueStore<String, RecentIds> byKey;
    private final TimestampedKeyValueStore<String, V> values;
    private final long windowMillis;
    private final int idsPerKey;
    private final Map<String, RecentIds> recentKeys = recentEntries();
    private final Map<String, Optional<ValueAndTimestamp<V>>> recentValues = recentEntries();

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
        Optional<ValueAndTimestamp<V>> value = recentValues.computeIfAbsent(id, unread -> Optional.ofNullable(values.get(unread)));
        return value.filter(stored -> Math.abs(stored.timestamp() - now) <= windowMillis).map(ValueAndTimestamp::value);
    }

    @Override
    public void remember(String id, V value, Collection<String> keys, long now) {
        ValueAndTimestamp<V> stored = ValueAndTimestamp.make(value, now);
        values.put(id, stored);
        recentValues.put(id, Optional.of(stored));
        List<KeyValue<String, RecentIds>> filed = new ArrayList<>(keys.size());
        for (String key : keys) {
            RecentIds ids = read(key).with(id, now, now - windowMillis, idsPerKey);
            filed.add(KeyValue.pair(key, ids));
            recentKeys.put(key, ids);
        }
        // One write batch for all the keys (RocksDB's putAll), not one native call per key.
        byKey.putAll(filed);
    }

    private RecentIds read(String key) {
        return recentKeys.computeIfAbsent(key, unread -> {
            RecentIds stored = byKey.get(unread);
            return stored == null ? RecentIds.EMPTY : stored;
        });
    }

    /** A map that forgets its least recently used entry beyond {@link #RECENT_ENTRIES}. */
    private static <T> Map<String, T> recentEntries() {
        return new LinkedHashMap<>(RECENT_ENTRIES * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, T> eldest) {
                return size() > RECENT_ENTRIES;
            }
        };
    }
}
