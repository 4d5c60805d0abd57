package io.newsstream.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words of a body as near-duplicate detection compares them: Unicode-compatible forms, lower case, typographic
 * quotes and dashes folded into plain ones and punctuation dropped, numbers kept (a changed figure is a real edit).
 * The fingerprint needs only a hash of each word, which {@link #wordHashes} computes as it scans, without a string
 * per word.
 */
public final class ShingleText {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    /** En and em dash, single and double curly quotes, bullet: no decomposition, never composed with a neighbour. */
    static final String STABLE_PUNCTUATION = "\u2013\u2014\u2018\u2019\u201c\u201d\u2022";

    /** Takes the characters of each word as the scan meets them, then the word's end. */
    private interface WordSink {
        void append(char c);

        void endWord();
    }

    private ShingleText() {
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        scan(text, new WordSink() {
            @Override
            public void append(char c) {
                word.append(c);
            }

            @Override
            public void endWord() {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        return words;
    }

    /** The {@link #hash} of each of the text's {@link #words}, in order. */
    public static long[] wordHashes(String text) {
        var hashes = new WordSink() {
            long[] found = new long[Math.max(16, text.length() / 5)];
            int count;
            long hash = FNV_OFFSET;

            @Override
            public void append(char c) {
                hash = (hash ^ c) * FNV_PRIME;
            }

            @Override
            public void endWord() {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = hash;
                hash = FNV_OFFSET;
            }
        };
        scan(text, hashes);
        return Arrays.copyOf(hashes.found, hashes.count);
    }

    /** A word's 64-bit FNV-1a hash over its UTF-16 characters. */
    public static long hash(String word) {
        long hash = FNV_OFFSET;
        for (int i = 0; i < word.length(); i++) {
            hash = (hash ^ word.charAt(i)) * FNV_PRIME;
        }
        return hash;
    }

    private static void scan(String text, WordSink sink) {
        String normalized = plainlyNfkc(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        String folded = normalized.toLowerCase(Locale.ROOT);
        boolean inWord = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            int start = i;
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                for (int j = start; j < i; j++) {
                    sink.append(folded.charAt(j));
                }
                inWord = true;
            } else if (isInWordMark(c) && inWord) {
                // "don't" and "don’t" stay one word whatever the apostrophe.
                continue;
            } else if (inWord) {
                sink.endWord();
                inWord = false;
            }
        }
        if (inWord) {
            sink.endWord();
        }
    }

    /**
     * Whether the text is made only of characters that NFKC leaves as they are, whatever their neighbours: ASCII,
     * the Latin-1 letters and the common typographic quotes and dashes. Most news bodies are, and this scan is much
     * cheaper than {@link Normalizer#normalize} (or {@link Normalizer#isNormalized}, which costs as much).
     */
    static boolean plainlyNfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xa0 && (c < 0xc0 || c > 0xff) && STABLE_PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInWordMark(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
