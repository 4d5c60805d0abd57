package io.newsstream.enrich.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tells lines that cannot be a title by their form: breadcrumbs, dates and times, captions with a credit, bare tokens. */
final class TitleShape {

    /** "Home » World » Europe", "News | Politics", "Sport > Football": labels joined by a trail separator. */
    private static final Pattern TRAIL_SEPARATOR = Pattern.compile("\\s[»›>|/]\\s|\\s?[»›]\\s?");
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\d{1,2}[:.h]\\d{2}\\b|\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}|\\b(?:19|20)\\d{2}\\b");
    /** A caption ends with a photographer's or agency's credit: "(Name/Agency)", "Foto: Name", "© Agency". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:\\(\\p{Lu}[^()]{0,60}/[^()]{1,40}\\)|(?i:fotos?|photos?|pictures?|bild(?:rechte|quelle)?|images?|imagen|credit)\\s*:.{0,60}|©.{0,60})$");

    /** A byline: "By Name", "Von Name", "Par Name" and their kind, short and without a colon. */
    private static final Pattern BYLINE = Pattern.compile(
            "(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Aa]v|[Aa]f|[Pp]rzez|[Oo]d|[Aa]utor(?:in)?|[Aa]uthor|[Tt]ext|[Kk]olumne von)"
            + "(?:\\s+the)?[\\s:]+\\p{Lu}[^:]{0,80}");

    private TitleShape() {
    }

    static final int MIN_HEADLINE_WORDS = 3;
    static final int MAX_HEADLINE_WORDS = 25;
    static final int MAX_HEADLINE_CHARS = 200;

    /**
     * Whether the line reads like a headline: three to 25 words, starting with a capital (or a digit or quote),
     * not ending like a sentence or a lead-in, and none of the lines that only sit where headlines do.
     */
    static boolean looksLikeHeadline(String line) {
        return looksLikeHeadline(line.strip(), LineShape.words(line));
    }

    /** As {@link #looksLikeHeadline(String)}, for a stripped line whose words are already counted. */
    static boolean looksLikeHeadline(String trimmed, int words) {
        if (trimmed.isEmpty()) {
            return false;
        }
        if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || trimmed.length() > MAX_HEADLINE_CHARS
                || Character.isLowerCase(trimmed.charAt(0))) {
            return false;
        }
        char last = LineShape.lastMark(trimmed);
        return last != 0 && ".,;:".indexOf(last) < 0 && couldBeTitle(trimmed, words);
    }

    static boolean couldBeTitle(String line) {
        return couldBeTitle(line.strip(), LineShape.words(line));
    }

    private static boolean couldBeTitle(String text, int words) {
        if (text.isEmpty() || BYLINE.matcher(text).matches() || twoOrMore(TRAIL_SEPARATOR.matcher(text))
                || CREDIT.matcher(text).find()) {
            return false;
        }
        // A line that is mostly a date ("Updated 12 May 2024, 10:40") is a timestamp, not a headline.
        return !(words <= 6 && DATE_OR_TIME.matcher(text).find() && digitShare(text) >= 0.25);
    }

    private static boolean twoOrMore(Matcher matcher) {
        return matcher.find() && matcher.find();
    }

    private static double digitShare(String text) {
        int digits = 0;
        int lettersOrDigits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digits += Character.isDigit(c) ? 1 : 0;
            lettersOrDigits += Character.isLetterOrDigit(c) ? 1 : 0;
        }
        return lettersOrDigits == 0 ? 0 : (double) digits / lettersOrDigits;
    }
}
