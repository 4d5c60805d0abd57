package io.newsstream.enrich.clean;

/**
 * How a line of scraped text reads, from its form alone: its length in words (ideographic scripts, written without
 * spaces, count two characters as a word) and whether it ends like a sentence.
 */
final class LineShape {

    private LineShape() {
    }

    /** Words of the line: space-separated tokens holding a letter or digit, and every two Han or kana characters. */
    static int words(String line) {
        int words = 0;
        int ideographs = 0;
        boolean inToken = false;
        boolean tokenCounts = false;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            i += Character.charCount(c);
            if (isIdeographic(c)) {
                ideographs++;
                continue;
            }
            if (isWhitespace(c)) {
                words += inToken && tokenCounts ? 1 : 0;
                inToken = false;
                tokenCounts = false;
            } else {
                inToken = true;
                // One letter or digit makes the token count: the rest of it need not be looked at.
                tokenCounts = tokenCounts || Character.isLetterOrDigit(c);
            }
        }
        words += inToken && tokenCounts ? 1 : 0;
        return words + (ideographs + 1) / 2;
    }

    /**
     * {@link Character#isWhitespace(int)}, with no table lookup for the space nor for the characters between '!' and
     * U+167F or above U+3000 (Latin, Cyrillic, Arabic, CJK, Hangul...), none of which is whitespace: most of a text's
     * characters take a few comparisons.
     */
    static boolean isWhitespace(int c) {
        if (c > ' ' && c < '\u1680' || c > '\u3000') {
            return false;
        }
        return c == ' ' || Character.isWhitespace(c);
    }

    static boolean isIdeographic(int c) {
        if (c < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** Whether the line, closing quotes and brackets aside, ends with a full stop, question or exclamation mark. */
    static boolean endsLikeSentence(CharSequence line) {
        int end = lastSignificant(line);
        if (end < 0) {
            return false;
        }
        return switch (line.charAt(end)) {
            case '.', '!', '?', '\u2026', '\u3002', '\uFF01', '\uFF1F', '\u061F', '\u0964', '\u06D4' -> true;
            default -> false;
        };
    }

    /** The last character of the line, or 0 when it is blank; closing quotes and brackets are skipped. */
    static char lastMark(String line) {
        int end = lastSignificant(line);
        return end < 0 ? 0 : line.charAt(end);
    }

    private static int lastSignificant(CharSequence line) {
        int end = line.length() - 1;
        while (end >= 0 && (Character.isWhitespace(line.charAt(end)) || isClosing(line.charAt(end)))) {
            end--;
        }
        return end;
    }

    private static boolean isClosing(char c) {
        return switch (c) {
            case '"', '\'', ')', ']', '\u00BB', '\u201D', '\u2019', '\u300D', '\u300F', '\uFF09' -> true;
            default -> false;
        };
    }
}
