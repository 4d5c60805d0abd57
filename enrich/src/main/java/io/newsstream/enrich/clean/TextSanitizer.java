package io.newsstream.enrich.clean;

import java.text.Normalizer;

/**
 * Makes received text safe for the enrichment steps: control characters and replacement characters are dropped,
 * typographic quotes become plain ones (“ ” „ → ", ‘ ’ ‚ → '; guillemets stay: sites use » in breadcrumbs) and
 * Unicode spaces plain spaces, one character for one, so every later rule has one spelling to look for; and the text
 * is put in Unicode NFC, so "Erdoğan" is one spelling whichever way it was encoded. Text that is mostly such debris
 * is binary data sent as text, and is refused with the reason, so the caller can dead-letter it.
 */
public final class TextSanitizer {

    /** Above this share of debris, the text is not prose with a few stray bytes but something else entirely. */
    static final double MAX_DEBRIS_SHARE = 0.1;
    private static final char FIRST_COMBINING_MARK = '\u0300';

    /** Binary or otherwise unreadable text; the message says why, for the dead-letter headers. */
    public static final class UnreadableTextException extends RuntimeException {

        public UnreadableTextException(String message) {
            super(message);
        }
    }

    public String sanitize(String text) {
        char[] kept = new char[text.length()];
        int length = 0;
        int debris = 0;
        boolean changed = false;
        char highest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDebris(c)) {
                debris++;
            } else {
                char plain = plain(c);
                changed |= plain != c;
                highest = plain > highest ? plain : highest;
                kept[length++] = plain;
            }
        }
        if (debris > 0 && debris > MAX_DEBRIS_SHARE * text.length()) {
            throw new UnreadableTextException(String.format(
                    "text looks binary: %d of %d characters are control or replacement characters", debris, text.length()));
        }
        String cleaned = debris == 0 && !changed ? text : new String(kept, 0, length);
        // Below U+0300 (where combining marks begin) every text is already in NFC: skip the check.
        if (highest < FIRST_COMBINING_MARK) {
            return cleaned;
        }
        return Normalizer.isNormalized(cleaned, Normalizer.Form.NFC) ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFC);
    }

    /** The plain spelling of a typographic quote or space; other characters stay. */
    static char plain(char c) {
        // Every typographic quote and space lies above U+009F: most characters need no look-up.
        if (c < '\u00A0') {
            return c;
        }
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
            case '\u00A0', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A',
                 '\u202F', '\u205F', '\u3000' -> ' ';
            default -> c;
        };
    }

    private static boolean isDebris(char c) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return false;
        }
        return Character.isISOControl(c) || c == '\uFFFD' || c == '\uFEFF' || c == '\u200B';
    }
}
