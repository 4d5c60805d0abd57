package io.newsstream.enrich.story;

import io.newsstream.enrich.dedup.RecentIndex;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * A recent index over two Kafka Streams window stores: key to ids (duplicates kept) and id to value. Entries are
 * written at the record's timestamp; reads go from a window before it to a window after it, so a copy whose
 * timestamp is earlier than its original's (another producer's clock) still finds it.
 */
public final class WindowedRecentIndex<V> implements RecentIndex<V> {

    private final WindowStore<String, String> byKey;
    private final WindowStore<String, V> values;
    private final long windowMillis;

    public WindowedRecentIndex(WindowStore<String, String> byKey, WindowStore<String, V> values, Duration window) {
        this.byKey = byKey;
        this.values = values;
        this.windowMillis = window.toMillis();
    }

    @Override
    public List<String> idsWith(String key, long now, int limit) {
        Set<String> ids = new LinkedHashSet<>();
        try (WindowStoreIterator<String> entries = byKey.backwardFetch(key, from(now), now + windowMillis)) {
            while (entries.hasNext() && ids.size() < limit) {
                ids.add(entries.next().value);
            }
        }
        return new ArrayList<>(ids);
    }

    @Override
    public Optional<V> find(String id, long now) {
        try (WindowStoreIterator<V> entries = values.backwardFetch(id, from(now), now + windowMillis)) {
            return entries.hasNext() ? Optional.of(entries.next().value) : Optional.empty();
        }
    }

    @Override
    public void remember(String id, V value, Collection<String> keys, long now) {
        values.put(id, value, now);
        keys.forEach(key -> byKey.put(key, id, now));
    }

    private long from(long now) {
        return Math.max(0, now - windowMillis);
    }
}
