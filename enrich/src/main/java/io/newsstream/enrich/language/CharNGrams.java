package io.newsstream.enrich.language;

import java.util.Arrays;
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
 * characters). The same set as OpenNLP's default context generator (a test compares them), found without a buffer
 * and a map entry per n-gram: each n-gram is packed into a long, the longs are sorted, and only the distinct ones
 * become strings. Thread-safe.
 */
final class CharNGrams {

    private static final int MAX_LENGTH = 3;

    private final CharSequenceNormalizer normalizer = new AggregateCharSequenceNormalizer(
            EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
            TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
            ShrinkCharSequenceNormalizer.getInstance());

    /** The distinct n-grams of {@code text}, in no particular order. */
    String[] of(CharSequence text) {
        char[] chars = lowerCased(normalizer.normalize(text));
        int n = chars.length;
        long[] keys = new long[Math.max(0, n) + Math.max(0, n - 1) + Math.max(0, n - 2)];
        int k = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            for (int i = 0; i + length <= n; i++) {
                keys[k++] = key(chars, i, length);
            }
        }
        Arrays.sort(keys, 0, k);
        String[] grams = new String[k];
        int distinct = 0;
        for (int i = 0; i < k; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                grams[distinct++] = gram(keys[i]);
            }
        }
        return Arrays.copyOf(grams, distinct);
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

    private static String gram(long key) {
        int length = (int) (key & 3);
        long packed = key >>> 2;
        char[] chars = new char[length];
        for (int j = length - 1; j >= 0; j--) {
            chars[j] = (char) (packed & 0xFFFF);
            packed >>>= 16;
        }
        return new String(chars);
    }
}
