package io.newsstream.enrich.dedup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Recent values by id, also found through keys (LSH bands for fingerprints, features for stories); what was last
 * remembered longer ago than the index's window is gone.
 *
 * @param <V> what is remembered per id
 */
public interface RecentIndex<V> {

    /** Ids remembered under this key, most recent first, each once, at most {@code limit}. */
    List<String> idsWith(String key, long now, int limit);

    /** The value last remembered for the id, if within the window. */
    Optional<V> find(String id, long now);

    /** Remembers the value for the id and files the id under each key. */
    void remember(String id, V value, Collection<String> keys, long now);
}
