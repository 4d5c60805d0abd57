package io.newsstream.enrich.dedup;

import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import java.util.List;
import java.util.Locale;

/**
 * A copy of an earlier article from another outlet is evidence of syndication: the earlier publisher becomes the
 * copy's {@code source} when its own text named none. The text's own credit line ("(Reuters)") always wins, as the
 * first copy we saw may itself be a republication.
 */
public final class SyndicationSource {

    /** Below this, a match by text alone is weaker than the outlet step's own signals. */
    static final double MAX_CONFIDENCE = 0.9;

    private SyndicationSource() {
    }

    public static OutletAttribution apply(OutletAttribution outlets, SeenArticle original, double similarity) {
        Outlet first = original.publisher();
        Outlet publisher = outlets.publisher();
        if (outlets.source() != null || first == null || publisher == null || sameOutlet(first, publisher)) {
            return outlets;
        }
        String evidence = String.format(Locale.ROOT, "copy (similarity %.2f) of article %s published earlier by %s",
                similarity, original.id(), first.name());
        Outlet source = new Outlet(first.id(), first.name(), first.domain(), first.country(),
                Math.min(MAX_CONFIDENCE, similarity), List.of(evidence));
        return new OutletAttribution(publisher, source, outlets.cited());
    }

    private static boolean sameOutlet(Outlet a, Outlet b) {
        return a.id() != null && a.id().equals(b.id()) || a.name() != null && a.name().equalsIgnoreCase(b.name());
    }
}
