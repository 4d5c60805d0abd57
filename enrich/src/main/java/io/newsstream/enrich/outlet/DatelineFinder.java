package io.newsstream.enrich.outlet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wire datelines at the start of a line: "PORT AVEL, May 2 (Reuters) -", "PORT AVEL (AP) —",
 * "PORT AVEL, May 2. /TASS/.". The agency wrote the story; whether it is the publisher or the source depends on
 * what else the article says, which {@link OutletDetector} decides.
 */
final class DatelineFinder {

    static final double DATELINE = 0.65;
    /** Datelines open the story: only the first lines are searched, so a quoted dateline deep in a text is not one. */
    private static final int FIRST_LINES = 6;
    private static final String PLACE = "\\p{Lu}[\\p{Lu}\\p{L} .'’/-]{0,40}";
    private static final String DATE = "(?:,\\s*\\p{Lu}\\p{L}{2,9}\\.?\\s+\\d{1,2})?";
    private static final Pattern BRACKET_BEFORE = Pattern.compile("^\\s*(?:" + PLACE + DATE + "\\s*)?\\($");
    private static final Pattern BRACKET_AFTER = Pattern.compile("\\)\\s*[-–—:]");
    private static final Pattern SLASH_BEFORE = Pattern.compile("^\\s*" + PLACE + DATE + "\\.?\\s*/$");
    private static final Pattern SLASH_AFTER = Pattern.compile("/");

    List<OutletCandidate> find(MentionedText text) {
        MentionedText opening = text.head(TextLines.endOfFirst(text.text(), FIRST_LINES));
        List<OutletCandidate> candidates = new ArrayList<>();
        for (OutletMention mention : opening.mentions()) {
            Matcher after = mention.before(BRACKET_BEFORE) != null ? mention.after(BRACKET_AFTER)
                    : mention.before(SLASH_BEFORE) != null ? mention.after(SLASH_AFTER) : null;
            if (after != null) {
                String evidence = opening.text().substring(Math.max(0, mention.lineStart()), mention.end() + after.end()).strip();
                candidates.add(OutletCandidate.known(mention.outlet(), DATELINE, evidence));
            }
        }
        return candidates;
    }
}
