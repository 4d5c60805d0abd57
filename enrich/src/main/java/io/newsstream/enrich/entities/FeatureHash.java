package io.newsstream.enrich.entities;

/**
 * Hashes a feature (a template number and some characters) to an int without building its string, so tagging a
 * token allocates little. Lower-cases as it goes.
 */
final class FeatureHash {

    private FeatureHash() {
    }

    static int of(int template, CharSequence text, int from, int to) {
        int h = start(template);
        for (int i = from; i < to; i++) {
            h = add(h, text.charAt(i));
        }
        return finish(h);
    }

    /** For a feature whose characters are computed rather than read from a text: start, add each, finish. */
    static int start(int template) {
        return template * 0x9E3779B1;
    }

    static int add(int h, char c) {
        return 31 * h + Character.toLowerCase(c);
    }

    static int finish(int h) {
        return mix(h);
    }

    static int of(int template, CharSequence text) {
        return of(template, text, 0, text.length());
    }

    /** A feature made of a template and already-hashed parts (a neighbour's word, a pair of shapes). */
    static int of(int template, int part) {
        return mix(template * 0x9E3779B1 ^ part);
    }

    static int of(int template, int part, int other) {
        return mix(mix(template * 0x9E3779B1 ^ part) + other);
    }

    /** The finaliser of MurmurHash3: spreads every input bit over the output. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }
}
