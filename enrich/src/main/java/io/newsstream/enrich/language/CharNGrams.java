package io.newsstream.enrich.language;

import java.util.Arrays;
import java.util.List;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The context the language model reads: the distinct lower-cased character n-grams of one to three characters of a
 * text, after the normalisers OpenNLP's language detector applies (emoji, URLs, Twitter handles, numbers, repeated
 * characters), keeping only those the model has weights for (the others add nothing to its sums). The same set as
 * OpenNLP's default context generator less the unknown n-grams (a test compares them), found without a buffer, a
 * map entry or a string per n-gram: each n-gram is packed into a long, the distinct longs are looked up among the
 * model's n-grams, and the known ones, sorted, answer with their place in the vocabulary. Thread-safe.
 */
final class CharNGrams {

    private static final int MAX_LENGTH = 3;

    /** The model's n-grams by their packed key: open addressing, a power-of-two size at most half full. */
    private final long[] knownKeys;
    /** The place in the vocabulary of the n-gram in the same slot of {@link #knownKeys}. */
    private final int[] knownIds;
    private final CharSequenceNormalizer normalizer = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    /**
     * The arrays a call fills before it knows how many n-grams are distinct (about 170 KB for a 2,000-character
     * sample), kept per thread so the stream threads do not allocate them for every article.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        private long[] seen = new long[0];
        private long[] keys = new long[0];
        private int[] ids = new int[0];

        /** An empty set for this many n-grams: open addressing, a power-of-two size at least twice as large. */
        long[] seen(int size) {
            int slots = Integer.highestOneBit(Math.max(1, size) * 2) * 2;
            if (seen.length < slots) {
                seen = new long[slots];
            } else {
                Arrays.fill(seen, 0L);
            }
            return seen;
        }

        long[] keys(int size) {
            if (keys.length < size) {
                keys = new long[size];
            }
            return keys;
        }

        int[] ids(int size) {
            if (ids.length < size) {
                ids = new int[size];
            }
            return ids;
        }
    }

    /** Over the model's vocabulary: its context strings (those longer than three characters can never occur). */
    CharNGrams(List<String> vocabulary) {
        int size = Integer.highestOneBit(Math.max(1, vocabulary.size()) * 2) * 2;
        knownKeys = new long[size];
        knownIds = new int[size];
        for (int id = 0; id < vocabulary.size(); id++) {
            long key = key(vocabulary.get(id));
            if (key < 0) {
                continue;
            }
            int slot = slot(key, size - 1);
            while (knownKeys[slot] != 0 && knownKeys[slot] != key) {
                slot = (slot + 1) & (size - 1);
            }
            knownKeys[slot] = key;
            knownIds[slot] = id;
        }
    }

    /**
     * The distinct n-grams of {@code text} the model knows, as their places in the vocabulary, in the order of their
     * packed keys (always the same order for the same n-grams, so the model's sums add up the same way).
     */
    int[] of(CharSequence text) {
        char[] chars = lowerCased(normalizer.normalize(text));
        int n = chars.length;
        Scratch scratch = SCRATCH.get();
        int grams = Math.max(0, n) + Math.max(0, n - 1) + Math.max(0, n - 2);
        // Distinct first (most n-grams of a text repeat), then only the known ones sorted: a few hundred, not thousands.
        long[] seen = scratch.seen(grams);
        long[] keys = scratch.keys(grams);
        int k = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int i = 0; i + length <= n; i++) {
                long key = key(chars, i, length);
                if (added(seen, key) && known(key) >= 0) {
                    keys[k++] = key;
                }
            }
        }
        Arrays.sort(keys, 0, k);
        int[] ids = scratch.ids(k);
        for (int i = 0; i < k; i++) {
            ids[i] = known(keys[i]);
        }
        return Arrays.copyOf(ids, k);
    }

    /** Adds {@code key} to the open-addressing set {@code seen}; whether it was not there yet. */
    private static boolean added(long[] seen, long key) {
        int mask = seen.length - 1;
        for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
            if (seen[slot] == key) {
                return false;
            }
            if (seen[slot] == 0) {
                seen[slot] = key;
                return true;
            }
        }
    }

    /**
     * Each code point lower-cased into an array as long as the text, as OpenNLP does (a code point whose lower case
     * is shorter leaves NUL characters at the end).
     */
    private static char[] lowerCased(CharSequence text) {
        char[] chars = new char[text.length()];
        int k = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = Character.codePointAt(text, i);
            i += Character.charCount(codePoint);
            k += Character.toChars(Character.toLowerCase(codePoint), chars, k);
        }
        return chars;
    }

    /** The packed key of an n-gram of the vocabulary, or -1 for one longer than three characters (never looked up). */
    static long key(String gram) {
        return gram.isEmpty() || gram.length() > MAX_LENGTH ? -1 : key(gram.toCharArray(), 0, gram.length());
    }

    /** An n-gram as a long: its characters, 16 bits each, then its length in the lowest two bits. */
    private static long key(char[] chars, int from, int length) {
        long key = 0;
        for (int j = from; j < from + length; j++) {
            key = key << 16 | chars[j];
        }
        return key << 2 | length;
    }

    private int known(long key) {
        int slot = slot(key, knownKeys.length - 1);
        while (knownKeys[slot] != 0) {
            if (knownKeys[slot] == key) {
                return knownIds[slot];
            }
            slot = (slot + 1) & (knownKeys.length - 1);
        }
        return -1;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }
}
