package io.newsstream.enrich;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.clean.BoilerplateRemover;
import io.newsstream.enrich.clean.TitleExtractor;
import io.newsstream.enrich.clean.WordCounter;
import io.newsstream.enrich.entities.EntityFinder;
import io.newsstream.enrich.entities.KnowledgeBase;
import io.newsstream.enrich.outlet.OutletCatalog;
import io.newsstream.enrich.outlet.OutletDetector;
import java.time.Clock;
import java.util.List;

/** Turns a raw article into an enriched one by running the enrichment steps in order; safe to share between threads. */
public class Enricher {

    /** Written into every enriched article, so stored results can be traced to the rules that made them. */
    public static final String VERSION = "0.1.0";
    public static final String DEFAULT_LANGUAGE = "en";
    /** Paragraphs of the cleaned body are separated by a blank line. */
    static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final BoilerplateRemover boilerplate;
    private final TitleExtractor titles;
    private final EntityFinder entities;
    private final OutletDetector outlets;
    private final Clock clock;

    public Enricher(BoilerplateRemover boilerplate, TitleExtractor titles, EntityFinder entities, OutletDetector outlets,
                    Clock clock) {
        this.boilerplate = boilerplate;
        this.titles = titles;
        this.entities = entities;
        this.outlets = outlets;
        this.clock = clock;
    }

    /** An enricher with the bundled boilerplate table, knowledge base and outlet catalog. */
    public static Enricher withBundledData(Clock clock) {
        return new Enricher(BoilerplateRemover.bundled(), new TitleExtractor(),
                new EntityFinder(KnowledgeBase.bundled()), new OutletDetector(OutletCatalog.bundled()), clock);
    }

    public EnrichedArticle enrich(RawArticle raw) {
        List<String> lines = boilerplate.clean(raw.text().lines().toList());
        TitleExtractor.Titled titled = titles.extract(raw.title(), lines);
        String body = String.join(PARAGRAPH_SEPARATOR, titled.bodyLines());
        List<Entity> found = entities.find(body);
        OutletAttribution outlet = outlets.detect(raw.url(), raw.outletHint(), titled.title(), raw.text());
        String language = raw.language() == null || raw.language().isBlank() ? DEFAULT_LANGUAGE : raw.language();
        return new EnrichedArticle(raw.id(), raw.url(), titled.title(), raw.text(), raw.outletHint(), language,
                raw.publishedAt(), raw.receivedAt(), raw.channel(), raw.feed(),
                body, WordCounter.count(body), outlet, found, List.of(), null, clock.instant(), VERSION);
    }
}
