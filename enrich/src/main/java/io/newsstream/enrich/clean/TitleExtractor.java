package io.newsstream.enrich.clean;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds an article's title: the given one, else a headline-like first line (short, no closing full stop, not a
 * breadcrumb, timestamp, caption or byline), and takes it out of the body. Short section labels before an extracted
 * headline ("World", "The Corner") go with it.
 */
public final class TitleExtractor {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.,;:!?]$");

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
        return TitleShape.looksLikeHeadline(line);
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
