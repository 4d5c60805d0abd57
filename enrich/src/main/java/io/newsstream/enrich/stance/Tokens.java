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
    private boolean[] isWord;
    private int size;
    /** Where an ASCII word is lower-cased before it becomes a string. */
    private char[] scratch = new char[32];

    private Tokens(int capacity) {
        words = new String[capacity];
        starts = new int[capacity];
        ends = new int[capacity];
        capitalised = new boolean[capacity];
        isWord = new boolean[capacity];
    }

    static Tokens of(String text) {
        return of(text, KnownWords.NONE);
    }

    /** As {@link #of(String)}; a word among {@code known} is not made again but shares that string. */
    static Tokens of(String text, KnownWords known) {
        // News prose has a token every 4.3 characters or so: room for all of them, so the arrays are not copied.
        Tokens tokens = new Tokens(Math.max(16, text.length() / 4));
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || isInnerMark(text, i))) {
                    i++;
                }
                tokens.addWord(text, start, i, known);
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
        // Below U+0300 (the first combining mark) only the apostrophe can continue a word.
        if (c >= '\u0300' && Character.getType(c) == Character.NON_SPACING_MARK) {
            return true;
        }
        return isApostrophe(c) && i > 0 && text.charAt(i - 1) == 'n' && i + 1 < text.length()
                && text.charAt(i + 1) == 't' && (i + 2 == text.length() || !Character.isLetter(text.charAt(i + 2)));
    }

    private void addWord(String text, int start, int end, KnownWords known) {
        String word = known.find(text, start, end);
        if (word == null) {
            word = lowerCase(text, start, end);
        }
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

    /** {@code text.substring(start, end).toLowerCase(Locale.ROOT)}, made once instead of twice for ASCII words. */
    private String lowerCase(String text, int start, int end) {
        boolean upper = false;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return text.substring(start, end).toLowerCase(Locale.ROOT);
            }
            upper |= c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text.substring(start, end);
        }
        if (scratch.length < end - start) {
            scratch = new char[Math.max(2 * scratch.length, end - start)];
        }
        for (int i = start; i < end; i++) {
            scratch[i - start] = KnownWords.lower(text.charAt(i));
        }
        return new String(scratch, 0, end - start);
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
            isWord = Arrays.copyOf(isWord, capacity);
        }
        words[size] = word;
        starts[size] = start;
        ends[size] = end;
        capitalised[size] = upper;
        isWord[size] = Character.isLetterOrDigit(word.charAt(0));
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
        return isWord[i];
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
