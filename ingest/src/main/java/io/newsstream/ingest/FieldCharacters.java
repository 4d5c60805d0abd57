package io.newsstream.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * Finds characters a field cannot keep on its way to storage: NUL, which a PostgreSQL text column cannot hold;
 * unpaired surrogates, which are not text and have no UTF-8 form; control characters other than tabs and line
 * breaks in the one-line fields; and, in the text, so much of such debris that it is binary data, which enrichment
 * would dead-letter (the same rule and share as enrich's {@code TextSanitizer}).
 */
final class FieldCharacters {

    /** Above this share of debris, the text is not prose with a few stray bytes but something else entirely. */
    private static final double MAX_DEBRIS_SHARE = 0.1;

    private FieldCharacters() {
    }

    /** @return what is wrong with a one-line field (everything but the text), or empty when it may be stored */
    static Optional<String> checkLine(String field, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            Optional<String> problem = unstorable(field, value, i);
            if (problem.isPresent()) {
                return problem;
            }
            if (Character.isISOControl(c) && !isWhitespaceControl(c)) {
                return Optional.of(field + " holds the control character " + codePoint(c) + " at character "
                        + position(value, i) + "; only tabs and line breaks are allowed");
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text shows anything: {@link String#isBlank} misses no-break and other Unicode spaces, zero-width
     * and other format characters, so a text of those alone would pass as an article with nothing in it.
     */
    static boolean hasVisibleCharacter(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            if (!Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                    && type != Character.FORMAT && type != Character.CONTROL) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** @return what is wrong with the text, or empty when it may be stored and enriched */
    static Optional<String> checkText(String field, String value) {
        int debris = 0;
        for (int i = 0; i < value.length(); i++) {
            Optional<String> problem = unstorable(field, value, i);
            if (problem.isPresent()) {
                return problem;
            }
            if (isDebris(value.charAt(i))) {
                debris++;
            }
        }
        if (debris > MAX_DEBRIS_SHARE * value.length()) {
            return Optional.of(field + " looks binary: " + debris + " of " + value.length()
                    + " characters are control or replacement characters");
        }
        return Optional.empty();
    }

    private static Optional<String> unstorable(String field, String value, int i) {
        char c = value.charAt(i);
        if (c == '\u0000') {
            return Optional.of(field + " holds a NUL character (U+0000) at character " + position(value, i)
                    + ", which cannot be stored");
        }
        boolean paired = Character.isHighSurrogate(c)
                ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
        if (!paired) {
            return Optional.of(field + " holds an unpaired surrogate (" + codePoint(c) + ") at character "
                    + position(value, i) + ", which is not text");
        }
        return Optional.empty();
    }

    private static boolean isDebris(char c) {
        return Character.isISOControl(c) && !isWhitespaceControl(c) || c == '\uFFFD' || c == '\uFEFF' || c == '\u200B';
    }

    private static boolean isWhitespaceControl(char c) {
        return c == '\t' || c == '\n' || c == '\r';
    }

    /** 1-based and in characters, as a person counts them, not UTF-16 units. */
    private static int position(String value, int index) {
        return value.codePointCount(0, index) + 1;
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
