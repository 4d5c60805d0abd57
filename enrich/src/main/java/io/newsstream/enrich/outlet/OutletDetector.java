package io.newsstream.enrich.outlet;

import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Works out which outlets an article involves: who published it, which outlet's story it republishes, and which
 * outlets it cites. Each {@link Outlet} carries a confidence and the phrases that show it; without a signal the
 * publisher stays null, never a guess.
 */
public final class OutletDetector {

    private final OutletCatalog catalog;
    private final PublisherFinder publishers;
    private final SignatureFinder signatures;
    private final DatelineFinder datelines;
    private final SourceFinder sources;
    private final CitationFinder citations;

    public OutletDetector(OutletCatalog catalog) {
        this.catalog = catalog;
        this.publishers = new PublisherFinder(catalog);
        this.signatures = new SignatureFinder(catalog);
        this.datelines = new DatelineFinder();
        this.sources = new SourceFinder();
        this.citations = new CitationFinder(catalog);
    }

    /** The outlets this detector knows; a page's publisher is named from the same catalog, so the two agree. */
    public OutletCatalog catalog() {
        return catalog;
    }

    /**
     * @param url the article's URL, or null
     * @param outletHint what the feeder says the outlet is (a name or domain), or null
     * @param title the title, or null; headlines cite outlets too ("NYT Reports: ...")
     * @param text the text as received, before boilerplate removal: syndication lines are evidence here
     */
    public OutletAttribution detect(String url, String outletHint, String title, String text) {
        String withoutCredits = PhotoCredits.strip(text);
        List<String> lines = TextLines.of(withoutCredits);
        // Naming the catalog's outlets is the costly step: the text is scanned once and the finders share it.
        MentionedText scanned = MentionedText.scan(catalog, withoutCredits);
        List<OutletCandidate> publisherCandidates = new ArrayList<>(publishers.find(url, outletHint, scanned));
        publisherCandidates.addAll(signatures.find(scanned, lines));
        DomainNames.nameUnknownDomain(publisherCandidates);
        Outlet publisher = OutletCandidates.strongest(publisherCandidates);
        Outlet dateline = OutletCandidates.strongest(datelines.find(scanned));
        Outlet source = OutletCandidates.strongest(sources.find(scanned));
        if (publisher == null) {
            // A wire dateline with nothing else naming a publisher: the agency's own story.
            publisher = dateline;
        } else if (source == null) {
            source = dateline;
        }
        // An outlet does not republish itself: a dateline "(Reuters) -" on reuters.com is just its own story.
        if (source != null && publisher != null && source.id().equals(publisher.id())) {
            source = null;
        }
        MentionedText titled = title == null || title.isBlank() ? scanned
                : MentionedText.joined(MentionedText.scan(catalog, title), scanned);
        Set<String> notCited = publisher == null ? Set.of() : Set.of(publisher.id());
        List<Outlet> cited = OutletCandidates.all(citations.find(titled), notCited);
        return new OutletAttribution(publisher, source, cited);
    }
}
