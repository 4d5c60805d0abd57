package io.newsstream.enrich.stance;

import java.util.Collection;

/**
 * Lower-case words known in advance (the words of the stance lexicons), found in a text without making a string, so
 * a token that is one of them shares the table's string instead of allocating its own. Only ASCII words are looked
 * up: their lower case has one character per character, the same as {@link String#toLowerCase}. Immutable.
 */
final class KnownWords {

    static final KnownWords NONE = new KnownWords(java.util.List.of());

    /** Open addressing over a power-of-two table, at most half full. */
    private final String[] table;
    private final int mask;

    KnownWords(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(8, words.size() * 2)) * 2;
        table = new String[size];
        mask = size - 1;
        for (String word : words) {
            int slot = spread(word.hashCode()) & mask;
            while (table[slot] != null && !table[slot].equals(word)) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
        }
    }

    /** The known word equal to {@code text[start, end)} lower-cased, or null (also for any non-ASCII character). */
    String find(String text, int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return null;
            }
            hash = 31 * hash + lower(c);
        }
        for (int slot = spread(hash) & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (matches(table[slot], text, start, end)) {
                return table[slot];
            }
        }
        return null;
    }

    static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean matches(String word, String text, int start, int end) {
        if (word.length() != end - start) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != lower(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int hash) {
        return hash ^ (hash >>> 16);
    }
}
