package io.newsstream.enrich.outlet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds outlets an article attributes information to: "according to X", "X reported", "X noted", "told X", "per X",
 * "reported by X", "seen by X", "obtained by X", "speaking to X", "wrote in X", "in an interview with X", "newspaper X",
 * "a X report", "a X poll", "X stories", and agency credits "ab/cd (AFP, Reuters)"; outlets the catalog lacks when
 * they are named like one ({@link UncataloguedCitations}).
 */
final class CitationFinder {

    static final double PER_CITATION = 0.6;

    private static final String THE = "(?:[Tt]he\\s+)?";
    private static final Pattern CUE_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?i:according\\s+to|told|per|(?:first\\s+)?reported\\s+by|cited\\s+by|quoted\\s+by|seen\\s+by"
                    + "|obtained\\s+by|interview\\s+with|(?:speaking|spoke|talking|talked)\\s+to|(?:wrote|writing)\\s+in"
                    + "|(?:newspaper|broadcaster|magazine|tabloid|news\\s+agency|news\\s+site)"
                    // "an analysis of census data by AP", "confirmed his daughter's death to Nine News": the cue
                    // and its preposition a few words apart, within the sentence.
                    + "|(?:analysis|investigation|review|survey|poll|study)\\b[^.!?\\n]{0,60}?\\sby"
                    + "|confirmed\\b[^.!?\\n]{0,60}?\\sto)\\s+" + THE + "$");
    private static final Pattern CUE_AFTER = Pattern.compile(
            "(?:(?:'s|’s)?\\s+(?i:reported|reports|has\\s+reported|first\\s+reported|revealed|wrote|noted)"
                    + "|\\s+(?i:report|reporting|investigation|analysis|poll|survey|stories|story|interview))(?![\\p{L}])");
    /**
     * "ab/cd (AFP, Reuters, dpa)": the editors' initials and the agencies the story draws on. Spaces, not {@code \\s}:
     * a {@code \\s*} after {@code ^} would run across blank lines and make a text of newlines quadratic; and a bounded
     * repetition, as an unbounded group recurses once per "/ab" and overflows the stack on a long line of them.
     */
    private static final Pattern AGENCY_CREDIT =
            Pattern.compile("(?m)^[ \\t]*\\p{Ll}{1,4}(?:/\\p{Ll}{1,4}){1,3}[ \\t]*\\((?<agencies>[^()\\n]{2,80})\\)[ \\t]*$");

    private final OutletCatalog catalog;

    CitationFinder(OutletCatalog catalog) {
        this.catalog = catalog;
    }

    /** One candidate per citation, in order of appearance. */
    List<OutletCandidate> find(MentionedText scanned) {
        String text = scanned.text();
        List<Citation> citations = new ArrayList<>();
        for (OutletMention mention : scanned.mentions()) {
            Matcher before = mention.before(CUE_BEFORE);
            if (before != null) {
                citations.add(Citation.of(mention.start(), mention.outlet(),
                        text.substring(mention.beforeStart(before), mention.end())));
                continue;
            }
            Matcher after = mention.after(CUE_AFTER);
            if (after != null) {
                citations.add(Citation.of(mention.start(), mention.outlet(),
                        text.substring(mention.start(), mention.end() + after.end())));
            }
        }
        Matcher credit = AGENCY_CREDIT.matcher(text);
        while (credit.find()) {
            for (String agency : credit.group("agencies").split(",")) {
                int position = credit.start();
                String phrase = credit.group().strip();
                catalog.byName(agency.strip()).ifPresent(known -> citations.add(Citation.of(position, known, phrase)));
            }
        }
        for (UncataloguedCitations.Cited cited : UncataloguedCitations.find(text, catalog)) {
            citations.add(new Citation(cited.position(), cited.candidate()));
        }
        citations.sort(Comparator.comparingInt(Citation::position));
        return citations.stream().map(Citation::candidate).toList();
    }

    private record Citation(int position, OutletCandidate candidate) {

        static Citation of(int position, KnownOutlet outlet, String phrase) {
            return new Citation(position, OutletCandidate.known(outlet, PER_CITATION, phrase));
        }
    }
}
