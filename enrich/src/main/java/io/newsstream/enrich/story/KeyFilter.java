package io.newsstream.enrich.story;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A Bloom filter of the keys of one store, so a lookup of a key the store has never held skips the store (most of a
 * new text's band keys). It never answers "absent" for a key that was added, so it never hides a stored key; a key
 * the sweeper deleted stays "maybe present" and costs one read as before.
 *
 * <p>It is filled from the store when the index opens (after a restore, so a restart misses nothing) and again,
 * twice as large, whenever the keys added since exceed what it was sized for: it follows the window's volume
 * without a setting, at about ten bits a key (1% false positives) and an occasional scan of the store's keys.
 */
final class KeyFilter {

    private static final int BITS_PER_KEY = 10;
    private static final int PROBES = 7;
    private static final int MIN_KEYS = 1 << 14;

    private final Supplier<KeyValueIterator<String, ?>> storedKeys;
    private long[] words;
    private long bits;
    private long capacity;
    private long added;

    KeyFilter(KeyValueStore<String, ?> store) {
        this.storedKeys = store::all;
        refill();
    }

    boolean mightContain(String key) {
        long hash = hash(key);
        long step = (hash >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            long bit = Long.remainderUnsigned(hash + i * step, bits);
            if ((words[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Adds a key the store is about to hold; one it may already hold does not count against the capacity. */
    void add(String key) {
        if (mightContain(key)) {
            return;
        }
        if (++added > capacity) {
            refill();
        }
        set(key);
    }

    /** Sized for twice the stored keys (at least {@link #MIN_KEYS}) and filled with them. */
    private void refill() {
        long stored = countAndThen(key -> { });
        capacity = Math.max(MIN_KEYS, 2 * stored);
        bits = capacity * BITS_PER_KEY;
        words = new long[(int) ((bits + 63) / 64)];
        added = countAndThen(this::set);
    }

    private long countAndThen(Consumer<String> each) {
        long count = 0;
        try (KeyValueIterator<String, ?> keys = storedKeys.get()) {
            while (keys.hasNext()) {
                KeyValue<String, ?> entry = keys.next();
                each.accept(entry.key);
                count++;
            }
        }
        return count;
    }

    private void set(String key) {
        long hash = hash(key);
        long step = (hash >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            long bit = Long.remainderUnsigned(hash + i * step, bits);
            words[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    /** The key's characters through FNV-1a and SplitMix64's finaliser, so both halves of the hash are well spread. */
    private static long hash(String key) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
