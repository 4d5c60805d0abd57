package io.newsstream.enrich.outlet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet an article republishes: syndication lines ("Read Full Article at X", "Source: X",
 * "Originally published by X") and wire datelines ("KYIV (Reuters) -").
 */
final class SourceFinder {

    static final double SYNDICATION_LINE = 0.9;
    static final double DATELINE = 0.9;
    static final double SOURCE_LINE = 0.8;

    private record Rule(Pattern pattern, double confidence) {
    }

    private final OutletCatalog catalog;
    private final List<Rule> rules;

    SourceFinder(OutletCatalog catalog) {
        this.catalog = catalog;
        String outlet = catalog.outletGroup();
        this.rules = List.of(
                new Rule(Pattern.compile("(?i:read\\s+(?:the\\s+)?full\\s+(?:article|story)\\s+(?:at|on))\\s+" + outlet),
                        SYNDICATION_LINE),
                new Rule(Pattern.compile("(?i:originally\\s+(?:published|appeared)\\s+(?:by|in|on|at)|first\\s+appeared\\s+(?:in|on|at)"
                        + "|republished\\s+(?:from|with\\s+permission\\s+(?:from|of)))\\s+" + outlet), SYNDICATION_LINE),
                new Rule(Pattern.compile("(?m)^\\s*(?i:source|via)\\s*:\\s*" + outlet), SOURCE_LINE),
                // A wire dateline: optional place in capitals, the agency in brackets, then a dash.
                new Rule(Pattern.compile("(?m)^\\s*(?:\\p{Lu}[\\p{Lu}\\p{L} .,'’/-]{0,60})?\\(" + outlet + "\\)\\s*[-–—]"),
                        DATELINE));
    }

    List<OutletCandidate> find(String text) {
        List<OutletCandidate> candidates = new ArrayList<>();
        for (Rule rule : rules) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                String evidence = matcher.group();
                catalog.byName(matcher.group("outlet")).ifPresent(known ->
                        candidates.add(OutletCandidate.known(known, rule.confidence(), evidence)));
            }
        }
        return candidates;
    }
}
