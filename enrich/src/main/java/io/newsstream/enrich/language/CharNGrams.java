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
 * map entry or a string per n-gram: each n-gram is packed into a long, the longs are sorted, and the distinct ones
 * are looked up among the model's n-grams, which answer with their place in the vocabulary. Thread-safe.
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
     * The two arrays a call fills before it knows how many n-grams are distinct (about 70 KB for a 2,000-character
     * sample), kept per thread so the stream threads do not allocate them for every article.
     */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private static final class Scratch {
        private long[] keys = new long[0];
        private int[] ids = new int[0];

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
            String gram = vocabulary.get(id);
            if (gram.isEmpty() || gram.length() > MAX_LENGTH) {
                continue;
            }
            long key = key(gram.toCharArray(), 0, gram.length());
            int slot = slot(key);
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
        long[] keys = scratch.keys(Math.max(0, n) + Math.max(0, n - 1) + Math.max(0, n - 2));
        int k = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int i = 0; i + length <= n; i++) {
                keys[k++] = key(chars, i, length);
            }
        }
        Arrays.sort(keys, 0, k);
        int[] ids = scratch.ids(k);
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                int id = known(keys[i]);
                if (id >= 0) {
                    ids[distinct++] = id;
                }
            }
        }
        return Arrays.copyOf(ids, distinct);
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

    /** An n-gram as a long: its characters, 16 bits each, then its length in the lowest two bits. */
    private static long key(char[] chars, int from, int length) {
        long key = 0;
        for (int j = from; j < from + length; j++) {
            key = key << 16 | chars[j];
        }
        return key << 2 | length;
    }

    private int known(long key) {
        int slot = slot(key);
        while (knownKeys[slot] != 0) {
            if (knownKeys[slot] == key) {
                return knownIds[slot];
            }
            slot = (slot + 1) & (knownKeys.length - 1);
        }
        return -1;
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & (knownKeys.length - 1);
    }
}
