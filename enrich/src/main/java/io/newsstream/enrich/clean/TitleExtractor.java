package io.newsstream.enrich.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds an article's title: the given one, else a headline-like first line (short, no closing full stop), and takes
 * it out of the body. Short section labels before an extracted headline ("World", "The Corner") go with it.
 */
public final class TitleExtractor {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLOSING_MARKS = Pattern.compile("[\"'”’)\\]]+$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:!?]$");

    private static final int MIN_HEADLINE_WORDS = 3;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_HEADLINE_CHARS = 200;
    private static final int MAX_LABEL_WORDS = 2;
    private static final int MAX_LEADING_LABELS = 3;

    /** The title (null when there is none) and the lines of the body without it. */
    public record Titled(String title, List<String> bodyLines) {

        public Titled {
            bodyLines = List.copyOf(bodyLines);
        }
    }

    /**
     * @param givenTitle the title the article arrived with, or null/blank
     * @param lines the article's non-blank, boilerplate-free lines
     */
    public Titled extract(String givenTitle, List<String> lines) {
        if (givenTitle != null && !givenTitle.isBlank()) {
            return withGivenTitle(givenTitle.strip(), lines);
        }
        for (int i = 0; i < lines.size() - 1 && i <= MAX_LEADING_LABELS; i++) {
            String line = lines.get(i);
            if (looksLikeHeadline(line)) {
                return new Titled(line, lines.subList(i + 1, lines.size()));
            }
            if (!looksLikeLabel(line)) {
                break;
            }
        }
        return new Titled(null, lines);
    }

    /** Feeds often repeat the title as the first line of the text: drop that copy (and labels above it). */
    private Titled withGivenTitle(String title, List<String> lines) {
        String wanted = normalised(title);
        for (int i = 0; i < lines.size() && i <= MAX_LEADING_LABELS; i++) {
            if (normalised(lines.get(i)).equals(wanted)) {
                return new Titled(title, lines.subList(i + 1, lines.size()));
            }
            if (!looksLikeLabel(lines.get(i))) {
                break;
            }
        }
        return new Titled(title, lines);
    }

    boolean looksLikeHeadline(String line) {
        String trimmed = line.strip();
        int words = wordCount(trimmed);
        if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS || trimmed.length() > MAX_HEADLINE_CHARS) {
            return false;
        }
        // Headlines start with a capital (or a digit or quote) and do not end like a sentence or a lead-in.
        char first = trimmed.charAt(0);
        if (Character.isLowerCase(first)) {
            return false;
        }
        String ending = CLOSING_MARKS.matcher(trimmed).replaceAll("");
        return !ending.isEmpty() && ".,;:".indexOf(ending.charAt(ending.length() - 1)) < 0;
    }

    boolean looksLikeLabel(String line) {
        String trimmed = line.strip();
        int words = wordCount(trimmed);
        return words >= 1 && words <= MAX_LABEL_WORDS && !SENTENCE_END.matcher(trimmed).matches();
    }

    private static int wordCount(String line) {
        return line.isBlank() ? 0 : SPACES.split(line.strip()).length;
    }

    private static String normalised(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
