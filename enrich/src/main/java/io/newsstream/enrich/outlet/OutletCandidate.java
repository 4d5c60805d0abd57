package io.newsstream.enrich.outlet;

import java.util.regex.Pattern;
/**
 * One piece of evidence that an outlet plays a role in an article, before candidates are merged into an outlet.
 *
 * @param domain may be null
 * @param country may be null
 * @param evidence the phrase or line that shows it
 */
record OutletCandidate(String id, String name, String domain, String country, double confidence, String evidence) {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final int MAX_EVIDENCE_CHARS = 200;

    OutletCandidate {
        evidence = shortened(evidence);
    }

    static OutletCandidate known(KnownOutlet outlet, double confidence, String evidence) {
        return new OutletCandidate(outlet.id(), outlet.name(), outlet.primaryDomain(), outlet.country(), confidence, evidence);
    }

    /** An outlet the catalog does not list, named by the article or its feeder. */
    static OutletCandidate unknown(String id, String name, String domain, double confidence, String evidence) {
        return new OutletCandidate(id, name, domain, null, confidence, evidence);
    }

    private static String shortened(String text) {
        String oneLine = SPACES.matcher(text).replaceAll(" ").strip();
        return oneLine.length() <= MAX_EVIDENCE_CHARS ? oneLine : oneLine.substring(0, MAX_EVIDENCE_CHARS - 1) + "…";
    }
}
