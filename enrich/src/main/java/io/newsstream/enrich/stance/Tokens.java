package io.newsstream.enrich.stance;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into lower-cased word tokens and punctuation tokens, each with its offsets, for matching phrases and
 * reading clause structure. Hyphens, apostrophes of possessives and other symbols are not tokens: "cease-fire" gives
 * {@code cease fire}, "Russia's" gives {@code russia}; "n't" gives {@code not} ("don't" gives {@code do not}).
 * Punctuation tokens are {@code , ; : ( ) ? ! .}, dashes (written {@code -}) and quotation marks (written {@code "}).
 */
final class Tokens {

    static final String QUOTE = "\"";

    private String[] words;
    private int[] starts;
    private int[] ends;
    private boolean[] capitalised;
    private int size;

    private Tokens(int capacity) {
        words = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        capitalised = new boolean[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(Math.max(16, text.length() / 5));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
                    i++;
                }
                tokens.addWord(text, start, i);
            } else if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                    && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)))) {
                i += 2; // a possessive: "Russia's" is about Russia
            } else {
                String punctuation = punctuation(c);
                if (punctuation != null) {
                    tokens.add(punctuation, i, i + 1, false);
                }
                i++;
            }
        }
        return tokens;
    }

    /** A combining accent continues a word; so does an apostrophe followed by "t" of "n't". */
    private static boolean isInnerMark(String text, int i) {
        char c = text.charAt(i);
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        return isApostrophe(c) && i > 0 && text.charAt(i - 1) == 'n' && i + 1 < text.length()
                && text.charAt(i + 1) == 't' && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    private void addWord(String text, int start, int end) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        boolean upper = Character.isUpperCase(text.charAt(start));
        int apostrophe = word.indexOf('\'') >= 0 ? word.indexOf('\'') : word.indexOf('\u2019');
        if (apostrophe > 0 && word.endsWith("t") && apostrophe == word.length() - 2) {
            String stem = word.substring(0, apostrophe - 1);
            if (stem.equals("wo")) {
                stem = "will";
            } else if (stem.equals("ca")) {
                stem = "can";
            }
            if (!stem.isEmpty()) {
                add(stem, start, end - 3, upper);
            }
            add("not", end - 3, end, false);
            return;
        }
        add(word, start, end, upper);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static String punctuation(char c) {
        return switch (c) {
            case ',' -> ",";
            case ';' -> ";";
            case ':' -> ":";
            case '(' -> "(";
            case ')' -> ")";
            case '?' -> "?";
            case '!' -> "!";
            case '.' -> ".";
            case '\u2014', '\u2013' -> "-";
            case '"', '\u201C', '\u201D', '\u00AB', '\u00BB' -> QUOTE;
            default -> null;
        };
    }

    private void add(String word, int start, int end, boolean upper) {
        if (size == words.length) {
            int capacity = size * 2;
            words = Arrays.copyOf(words, capacity);
            starts = Arrays.copyOf(starts, capacity);
            ends = Arrays.copyOf(ends, capacity);
            capitalised = Arrays.copyOf(capitalised, capacity);
        }
        words[size] = word;
        starts[size] = start;
        ends[size] = end;
        capitalised[size] = upper;
        size++;
    }

    int size() {
        return size;
    }

    String word(int i) {
        return words[i];
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean capitalised(int i) {
        return capitalised[i];
    }

    boolean isWord(int i) {
        return Character.isLetterOrDigit(words[i].charAt(0));
    }

    /** The first token starting at or after {@code offset} (size() when none). */
    int firstAtOrAfter(int offset) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (starts[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
