package io.newsstream.enrich.outlet;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalog outlet named in a text at {@code [start, end)}, with the text around it, so each signal is a small
 * pattern over the words just before or after the name instead of one huge alternation of every outlet name.
 * Context never reaches further than {@link #WINDOW} characters, so a huge one-line text full of outlet names costs
 * linear time, not a scan to the line's ends for every name.
 */
record OutletMention(String text, int start, int end, KnownOutlet outlet) {

    /** Context patterns look this far; signal phrases are short. */
    private static final int WINDOW = 120;
    /** Stands for the rest of a line beyond the window, so {@code ^} and {@code $} cannot match at the cut. */
    private static final String CUT = "x";

    /** The same name in {@code other}, a text holding this one's at {@code shift}. */
    OutletMention movedTo(String other, int shift) {
        return new OutletMention(other, start + shift, end + shift, outlet);
    }

    String written() {
        return text.substring(start, end);
    }

    /** Where the mention's line starts, or -1 when that is further back than the window. */
    int lineStart() {
        int limit = Math.max(0, start - WINDOW);
        for (int i = start - 1; i >= limit; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return limit == 0 ? 0 : -1;
    }

    /** Where the mention's line ends, or -1 when that is further on than the window. */
    int lineEnd() {
        int limit = Math.min(text.length(), end + WINDOW);
        for (int i = end; i < limit; i++) {
            if (text.charAt(i) == '\n') {
                return i;
            }
        }
        return limit == text.length() ? limit : -1;
    }

    private int contextStart() {
        int lineStart = lineStart();
        return lineStart >= 0 ? lineStart : start - WINDOW;
    }

    private int contextEnd() {
        int lineEnd = lineEnd();
        return lineEnd >= 0 ? lineEnd : end + WINDOW;
    }

    /** Whether the text just before the name ends with {@code pattern} (which should end in {@code $}); null if not. */
    Matcher before(Pattern pattern) {
        String context = text.substring(contextStart(), start);
        Matcher matcher = pattern.matcher(lineStart() >= 0 ? context : CUT + context);
        return matcher.find() ? matcher : null;
    }

    /** The start offset in {@code text} of a match returned by {@link #before}. */
    int beforeStart(Matcher matcher) {
        return Math.max(contextStart(), contextStart() + matcher.start() - (lineStart() >= 0 ? 0 : CUT.length()));
    }

    /** Whether the text just after the name starts with {@code pattern}; null if not. */
    Matcher after(Pattern pattern) {
        String context = text.substring(end, contextEnd());
        Matcher matcher = pattern.matcher(lineEnd() >= 0 ? context : context + CUT);
        return matcher.lookingAt() ? matcher : null;
    }

    /** Whether the name opens its line, ignoring leading spaces. */
    boolean startsLine() {
        int lineStart = lineStart();
        return lineStart >= 0 && text.substring(lineStart, start).isBlank();
    }

    /** Whether nothing but spaces follows the name on its line. */
    boolean endsLine() {
        int lineEnd = lineEnd();
        return lineEnd >= 0 && text.substring(end, lineEnd).isBlank();
    }

    /** The mention's line, trimmed (cut to the window around the name when the line is longer). */
    String line() {
        return text.substring(contextStart(), contextEnd()).strip();
    }
}
