package io.newsstream.enrich.story;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps a key-value store of the story step bounded: walks it in key order, a bounded number of entries per call,
 * and deletes those last written more than a window before stream time (the deletion reaches the changelog, so a
 * restored store is bounded too). Each entry is met once per pass, so an entry lives one window plus at most one
 * pass; the walk resumes where it stopped, and starts again from the first key after a restart.
 */
public final class ExpiredEntrySweeper<V> {

    private final KeyValueStore<String, V> store;
    private final ToLongFunction<V> lastWritten;
    private final long windowMillis;
    private String resumeAfter;

    public ExpiredEntrySweeper(KeyValueStore<String, V> store, ToLongFunction<V> lastWritten, long windowMillis) {
        this.store = store;
        this.lastWritten = lastWritten;
        this.windowMillis = windowMillis;
    }

    /** Looks at up to {@code entries} entries and deletes the expired ones: how many it deleted. */
    public int sweep(long streamTime, int entries) {
        List<String> expired = new ArrayList<>();
        String last = null;
        int seen = 0;
        // Deleted after the iterator closes: a store's iterator need not tolerate writes under it.
        try (KeyValueIterator<String, V> all = store.range(resumeAfter, null)) {
            while (all.hasNext() && seen < entries) {
                KeyValue<String, V> entry = all.next();
                if (entry.key.equals(resumeAfter)) {
                    continue;
                }
                seen++;
                last = entry.key;
                if (lastWritten.applyAsLong(entry.value) < streamTime - windowMillis) {
                    expired.add(entry.key);
                }
            }
        }
        resumeAfter = seen < entries ? null : last;
        expired.forEach(store::delete);
        return expired.size();
    }
}
