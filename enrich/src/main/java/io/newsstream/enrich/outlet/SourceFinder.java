package io.newsstream.enrich.outlet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet an article republishes: syndication lines ("Read Full Article at X", "Source: X",
 * "Originally published by X", "This article first appeared on X") and "Outlet with AGENCY" lines.
 * Wire datelines are {@link DatelineFinder}'s.
 */
final class SourceFinder {

    static final double SYNDICATION_LINE = 0.9;
    static final double SOURCE_LINE = 0.8;

    private static final String THE = "(?:[Tt]he\\s+)?";
    private static final Pattern SYNDICATION = Pattern.compile(
            "(?i:read\\s+(?:the\\s+)?full\\s+(?:article|story)\\s+(?:at|on)"
                    + "|originally\\s+(?:published|appeared)\\s+(?:by|in|on|at)|first\\s+appeared\\s+(?:in|on|at)"
                    + "|republished\\s+(?:from|with\\s+permission\\s+(?:from|of)))\\s+" + THE + "$");
    private static final Pattern SOURCE_LABEL = Pattern.compile("^\\s*(?i:source|via)\\s*:\\s*" + THE + "$");
    /** "Source: Al Jazeera and news agencies" is Al Jazeera signing its own article, not a source. */
    private static final Pattern AND_AGENCIES = Pattern.compile("\\s+and\\s+(?:news\\s+)?agencies\\b");

    List<OutletCandidate> find(MentionedText scanned) {
        String text = scanned.text();
        List<OutletCandidate> candidates = new ArrayList<>();
        List<OutletMention> mentions = scanned.mentions();
        for (OutletMention mention : mentions) {
            Matcher syndication = mention.before(SYNDICATION);
            if (syndication != null) {
                String evidence = text.substring(mention.beforeStart(syndication), mention.end());
                candidates.add(OutletCandidate.known(mention.outlet(), SYNDICATION_LINE, evidence));
            } else if (mention.before(SOURCE_LABEL) != null && mention.after(AND_AGENCIES) == null) {
                candidates.add(OutletCandidate.known(mention.outlet(), SOURCE_LINE, mention.line()));
            }
        }
        // "Le Monde with AFP": the publisher rewrote an agency's story.
        OutletWithAgency.find(mentions).ifPresent(line ->
                candidates.add(OutletCandidate.known(line.agency().outlet(), SOURCE_LINE, line.agency().line())));
        return candidates;
    }
}
