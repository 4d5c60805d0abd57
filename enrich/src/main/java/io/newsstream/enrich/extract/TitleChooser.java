package io.newsstream.enrich.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Chooses the headline among a page's cleaned titles: the most trusted one, unless another source gives the same
 * headline without a trailing section label ("…커졌다-정치", "… - Politik") or with the colon of the page's own
 * headline where the trusted source joined kicker and headline with " - ".
 */
final class TitleChooser {

    /** A dash or bar, then at most three short words: a section or site label, not part of a headline. */
    private static final Pattern LABEL_AFTER = Pattern.compile("\\s*[-–—|]\\s*\\S+(?:\\s+\\S+){0,2}");
    private static final int MAX_LABEL_CHARS = 20;
    private static final String DASH_JOIN = " - ";

    /**
     * @param titles the page's titles after {@link TitleCleaner}, most trusted first (nulls where a source gave none)
     * @return the headline, or null when no source gave one
     */
    String choose(List<String> titles) {
        String chosen = titles.stream().filter(Objects::nonNull).findFirst().orElse(null);
        if (chosen == null) {
            return null;
        }
        for (String other : titles) {
            if (other != null && (isLabelled(chosen, other) || isColonJoined(chosen, other))) {
                return other;
            }
        }
        return chosen;
    }

    /** {@code title} is {@code headline} plus a dash and a short label. */
    private static boolean isLabelled(String title, String headline) {
        if (title.length() <= headline.length() || !title.startsWith(headline)) {
            return false;
        }
        String tail = title.substring(headline.length());
        return tail.length() <= MAX_LABEL_CHARS + DASH_JOIN.length() && LABEL_AFTER.matcher(tail).matches();
    }

    /** {@code headline} is {@code title} with its one " - " written ": ". */
    private static boolean isColonJoined(String title, String headline) {
        int dash = title.indexOf(DASH_JOIN);
        return dash >= 0 && title.indexOf(DASH_JOIN, dash + 1) < 0
                && headline.equals(title.substring(0, dash) + ": " + title.substring(dash + DASH_JOIN.length()));
    }
}
