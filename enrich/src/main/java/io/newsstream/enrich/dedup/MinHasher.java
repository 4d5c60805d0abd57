package io.newsstream.enrich.dedup;

import java.util.List;
import java.util.SplittableRandom;

/**
 * MinHash signatures over word shingles: the share of equal positions in two signatures estimates the Jaccard
 * similarity of the two texts' shingle sets. Seeds are fixed, so every instance and every run gives the same
 * signature for the same text (stored signatures stay comparable across restarts).
 */
public final class MinHasher {

    /** Seed of the hash family; changing it makes every stored signature incomparable. */
    static final long SEED = 0x6e657773L;

    private final int shingleWords;
    private final long[] salts;

    public MinHasher(int hashes, int shingleWords) {
        if (hashes < 1 || shingleWords < 1) {
            throw new IllegalArgumentException("hashes and shingle words must be positive");
        }
        this.shingleWords = shingleWords;
        SplittableRandom random = new SplittableRandom(SEED);
        this.salts = new long[hashes];
        for (int i = 0; i < hashes; i++) {
            salts[i] = random.nextLong();
        }
    }

    /** The signature of a text, or an empty array when it has no words. */
    public int[] signature(String text) {
        return signature(ShingleText.words(text));
    }

    /** The signature of a text's {@link ShingleText#words}, or an empty array when there are none. */
    public int[] signature(List<String> words) {
        if (words.isEmpty()) {
            return new int[0];
        }
        long[] min = new long[salts.length];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        // A text shorter than one shingle is one shingle of all its words.
        int shingles = Math.max(1, words.size() - shingleWords + 1);
        long[] wordHashes = new long[words.size()];
        for (int i = 0; i < words.size(); i++) {
            wordHashes[i] = fnv(words.get(i));
        }
        for (int start = 0; start < shingles; start++) {
            long shingle = 0;
            for (int i = start; i < Math.min(words.size(), start + shingleWords); i++) {
                shingle = mix(shingle * 31 + wordHashes[i]);
            }
            for (int h = 0; h < salts.length; h++) {
                long value = mix(shingle ^ salts[h]);
                if (Long.compareUnsigned(value, min[h]) < 0) {
                    min[h] = value;
                }
            }
        }
        int[] signature = new int[salts.length];
        for (int h = 0; h < salts.length; h++) {
            signature[h] = (int) (min[h] >>> 32);
        }
        return signature;
    }

    /** Estimated Jaccard similarity of two signatures of the same hasher; 0 when either text had no words. */
    public static double similarity(int[] a, int[] b) {
        if (a.length == 0 || a.length != b.length) {
            return 0;
        }
        int equal = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                equal++;
            }
        }
        return (double) equal / a.length;
    }

    private static long fnv(String word) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            hash ^= word.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finaliser: every input bit reaches every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
