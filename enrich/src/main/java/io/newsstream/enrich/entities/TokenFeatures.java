package io.newsstream.enrich.entities;

import java.util.Arrays;

/**
 * The hashed features of one sentence's tokens, token after token in one growing array, so tagging a sentence
 * allocates no row per token: {@link TaggerFeatures} writes them, {@link TaggerModel} reads them. Refilled for every
 * sentence; one per thread, never shared.
 */
public final class TokenFeatures {

    private int[] values = new int[1024];
    /** Per token, the index in {@link #values} just after its last feature. */
    private int[] ends = new int[64];
    private int size;
    private int tokens;

    /** Empties it for the next sentence. */
    void clear() {
        size = 0;
        tokens = 0;
    }

    /** Adds a feature to the token being written. */
    void add(int feature) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = feature;
    }

    /** Closes the token being written: the next {@link #add} starts the next token. */
    void endToken() {
        if (tokens == ends.length) {
            ends = Arrays.copyOf(ends, tokens * 2);
        }
        ends[tokens++] = size;
    }

    public int tokens() {
        return tokens;
    }

    /** Index in {@link #value} of the first feature of {@code token}. */
    int from(int token) {
        return token == 0 ? 0 : ends[token - 1];
    }

    /** Index in {@link #value} just after the last feature of {@code token}. */
    int to(int token) {
        return ends[token];
    }

    int value(int index) {
        return values[index];
    }

    /** One array of features per token, as the trainer keeps them. */
    public int[][] rows() {
        int[][] rows = new int[tokens][];
        for (int i = 0; i < tokens; i++) {
            rows[i] = Arrays.copyOfRange(values, from(i), to(i));
        }
        return rows;
    }

    /** The features of {@code rows}, one array per token, in this form. */
    static TokenFeatures of(int[][] rows) {
        TokenFeatures features = new TokenFeatures();
        for (int[] row : rows) {
            for (int feature : row) {
                features.add(feature);
            }
            features.endToken();
        }
        return features;
    }
}
