package io.newsstream.enrich.outlet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds outlets an article attributes information to: "according to X", "X reported", "told X", "per X",
 * "reported by X", "an interview with X", "a X report".
 */
final class CitationFinder {

    static final double PER_CITATION = 0.6;

    private final OutletCatalog catalog;
    private final List<Pattern> patterns;

    CitationFinder(OutletCatalog catalog) {
        this.catalog = catalog;
        String outlet = catalog.outletGroup();
        this.patterns = List.of(
                Pattern.compile("(?i:according\\s+to)\\s+" + outlet),
                Pattern.compile(outlet + "(?:'s|’s)?\\s+(?i:reported|reports|has\\s+reported|first\\s+reported|revealed|wrote|noted)\\b"),
                Pattern.compile("\\b(?i:told|per|reported\\s+by|cited\\s+by|quoted\\s+by|interview\\s+with)\\s+" + outlet),
                Pattern.compile(outlet + "\\s+(?i:report|investigation|analysis)\\b"));
    }

    /** One candidate per citation, in order of appearance. */
    List<OutletCandidate> find(String text) {
        List<Citation> citations = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                citations.add(new Citation(matcher.start(), matcher.group("outlet"), matcher.group()));
            }
        }
        citations.sort(Comparator.comparingInt(Citation::position));
        List<OutletCandidate> candidates = new ArrayList<>();
        for (Citation citation : citations) {
            catalog.byName(citation.outlet()).ifPresent(known ->
                    candidates.add(OutletCandidate.known(known, PER_CITATION, citation.phrase())));
        }
        return candidates;
    }

    private record Citation(int position, String outlet, String phrase) {
    }
}
