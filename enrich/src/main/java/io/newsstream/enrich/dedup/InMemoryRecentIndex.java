package io.newsstream.enrich.dedup;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A recent index held in maps, for one thread: what evaluations and tests use in place of the Streams stores. */
public final class InMemoryRecentIndex<V> implements RecentIndex<V> {

    private record Dated<T>(T value, long at) {
    }

    private final long windowMillis;
    private final Map<String, List<Dated<String>>> byKey = new HashMap<>();
    private final Map<String, Dated<V>> values = new HashMap<>();

    public InMemoryRecentIndex(Duration window) {
        this.windowMillis = window.toMillis();
    }

    @Override
    public List<String> idsWith(String key, long now, int limit) {
        List<Dated<String>> filed = byKey.getOrDefault(key, List.of());
        Set<String> ids = new LinkedHashSet<>();
        for (int i = filed.size() - 1; i >= 0 && ids.size() < limit; i--) {
            if (filed.get(i).at() >= now - windowMillis) {
                ids.add(filed.get(i).value());
            }
        }
        return new ArrayList<>(ids);
    }

    @Override
    public Optional<V> find(String id, long now) {
        Dated<V> value = values.get(id);
        return value != null && value.at() >= now - windowMillis ? Optional.of(value.value()) : Optional.empty();
    }

    @Override
    public void remember(String id, V value, Collection<String> keys, long now) {
        values.put(id, new Dated<>(value, now));
        for (String key : keys) {
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(new Dated<>(id, now));
        }
    }
}
