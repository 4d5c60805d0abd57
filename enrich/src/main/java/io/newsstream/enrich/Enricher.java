package io.newsstream.enrich;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.authors.AuthorEntities;
import io.newsstream.enrich.authors.BylineFinder;
import io.newsstream.enrich.clean.BoilerplateRemover;
import io.newsstream.enrich.clean.TextSanitizer;
import io.newsstream.enrich.clean.TitleExtractor;
import io.newsstream.enrich.clean.WordCounter;
import io.newsstream.enrich.entities.EntityFinder;
import io.newsstream.enrich.entities.EntityRecognizer;
import io.newsstream.enrich.entities.KnowledgeBase;
import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.enrich.outlet.OutletCatalog;
import io.newsstream.enrich.outlet.OutletDetector;
import io.newsstream.enrich.polarity.EntityPortrayal;
import io.newsstream.enrich.stance.StanceDetector;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a raw article into an enriched one by running the enrichment steps in order; safe to share between threads.
 *
 * <p>Hostile input is handled on purpose: binary text throws {@link TextSanitizer.UnreadableTextException} (the
 * topology's handler dead-letters it with that reason); text empty after cleaning gives an empty body and no
 * entities. For enormous text the work is bounded, so one article cannot stall the stream thread: only the first
 * {@code 4 * maxBodyChars} characters are cleaned into the body, entities are looked for in the body's first
 * {@code maxBodyChars} characters, and outlets in that much of the head and tail of the text (a warning names the
 * article). Truncating beats dead-lettering here: an overlong
 * article is still an article, and its beginning names its people and outlets.
 */
public class Enricher {

    private static final Logger log = LoggerFactory.getLogger(Enricher.class);

    /** Written into every enriched article, so stored results can be traced to the rules that made them. */
    public static final String VERSION = "0.3.0";
    public static final String DEFAULT_LANGUAGE = "en";
    public static final int DEFAULT_MAX_BODY_CHARS = 200_000;
    /** Paragraphs of the cleaned body are separated by a blank line. */
    static final String PARAGRAPH_SEPARATOR = "\n\n";
    /**
     * Real paragraphs stay under a few thousand characters. The stance steps' cost grows faster than the length of a
     * sentence (quotes inside quotes are matched against each other), so they skip longer paragraphs: a 300 KB quote
     * chain or a 600 KB paragraph without a full stop gets entities and outlets, but no stances from that paragraph.
     */
    static final int MAX_STANCE_PARAGRAPH_CHARS = 20_000;
    /** Cleaning is linear but not free: text beyond this many times the body limit is not even cleaned. */
    private static final int CLEANED_TEXT_FACTOR = 4;

    private final TextSanitizer sanitizer = new TextSanitizer();
    private final BylineFinder bylines = new BylineFinder();
    private final LanguageDetector languages = LanguageDetector.bundled();
    private final BoilerplateRemover boilerplate;
    private final TitleExtractor titles;
    private final EntityRecognizer entities;
    private final OutletDetector outlets;
    private final StanceDetector stances;
    /** Null when stance is turned off. */
    private final EntityPortrayal portrayal;
    private final Clock clock;
    private final int maxBodyChars;

    public Enricher(BoilerplateRemover boilerplate, TitleExtractor titles, EntityRecognizer entities, OutletDetector outlets,
                    Clock clock) {
        this(boilerplate, titles, entities, outlets, clock, DEFAULT_MAX_BODY_CHARS);
    }

    public Enricher(BoilerplateRemover boilerplate, TitleExtractor titles, EntityRecognizer entities, OutletDetector outlets,
                    Clock clock, int maxBodyChars) {
        this(boilerplate, titles, entities, outlets, StanceDetector.bundled(), EntityPortrayal.bundled(), clock, maxBodyChars);
    }

    /**
     * @param stances the topic-stance step (no targets: no stances)
     * @param portrayal the entity-stance step, or null for none
     */
    public Enricher(BoilerplateRemover boilerplate, TitleExtractor titles, EntityRecognizer entities, OutletDetector outlets,
                    StanceDetector stances, EntityPortrayal portrayal, Clock clock, int maxBodyChars) {
        this.boilerplate = boilerplate;
        this.titles = titles;
        this.entities = entities;
        this.outlets = outlets;
        this.stances = stances;
        this.portrayal = portrayal;
        this.clock = clock;
        this.maxBodyChars = maxBodyChars;
    }

    /** An enricher with the bundled boilerplate table and knowledge base (its outlets included). */
    public static Enricher withBundledData(Clock clock) {
        return withKnowledgeBase(KnowledgeBase.bundled(), StanceDetector.bundled(), EntityPortrayal.bundled(), clock,
                DEFAULT_MAX_BODY_CHARS);
    }

    /** The bundled data without the stance steps: entities, outlets and cleaning only. */
    public static Enricher withoutStance(Clock clock) {
        return withKnowledgeBase(KnowledgeBase.bundled(), new StanceDetector(List.of()), null, clock, DEFAULT_MAX_BODY_CHARS);
    }

    /**
     * An enricher as configured: the bundled knowledge base plus the user's files in {@code enrich.kb.dir}, the bundled
     * stance targets plus the user's in {@code enrich.stance.targets}.
     */
    public static Enricher fromConfig(EnrichConfig config, Clock clock) {
        StanceDetector stances = config.stanceEnabled() ? StanceDetector.load(config.stanceTargets()) : new StanceDetector(List.of());
        EntityPortrayal portrayal = config.stanceEnabled() ? EntityPortrayal.bundled() : null;
        return withKnowledgeBase(KnowledgeBase.load(config.kbDir()), stances, portrayal, clock, config.maxBodyChars());
    }

    private static Enricher withKnowledgeBase(KnowledgeBase kb, StanceDetector stances, EntityPortrayal portrayal,
                                              Clock clock, int maxBodyChars) {
        return new Enricher(BoilerplateRemover.bundled(), new TitleExtractor(), new EntityFinder(kb),
                new OutletDetector(OutletCatalog.of(kb.outlets())), stances, portrayal, clock, maxBodyChars);
    }

    public EnrichedArticle enrich(RawArticle raw) {
        try {
            return OutputBounds.apply(enrichText(raw));
        } catch (StackOverflowError e) {
            // An Error would kill the stream thread, and the replacement would meet the same record again: make it an
            // exception, so this one article is dead-lettered and the stream goes on.
            throw new IllegalStateException("enrichment overflowed the stack on this article's text", e);
        }
    }

    private EnrichedArticle enrichText(RawArticle raw) {
        String text = sanitizer.sanitize(raw.text());
        int cleanedLimit = maxBodyChars * CLEANED_TEXT_FACTOR;
        String cleanable = text.length() > cleanedLimit ? text.substring(0, cleanedLimit) : text;
        List<String> lines = boilerplate.clean(cleanable.lines().toList());
        // The steps read no more of the short fields than the output keeps: a megabyte "title" costs nothing.
        TitleExtractor.Titled titled = titles.extract(OutputBounds.cut(raw.title(), OutputBounds.MAX_TITLE_CHARS), lines);
        String body = String.join(PARAGRAPH_SEPARATOR, titled.bodyLines());
        if (text.length() > maxBodyChars) {
            log.warn("article {}: text of {} characters is over enrich.max.body.chars ({}); entities and outlets come "
                    + "from its first {} characters (and outlets also from its last)", raw.id(), text.length(),
                    maxBodyChars, maxBodyChars);
        }
        String searched = body.length() > maxBodyChars ? body.substring(0, maxBodyChars) : body;
        AuthorEntities.Merged found = AuthorEntities.merge(searched, entities.recognise(searched), bylines.find(searched));
        OutletAttribution outlet = outlets.detect(OutputBounds.cut(raw.url(), OutputBounds.MAX_URL_CHARS),
                OutputBounds.cut(raw.outletHint(), OutputBounds.MAX_NAME_CHARS), titled.title(), headAndTail(text));
        String language = raw.language() == null || raw.language().isBlank() ? languages.detect(body) : raw.language();
        // The stance model learnt English: other languages get no entity stances rather than wrong ones.
        String prose = withoutLongParagraphs(searched);
        List<EntityStance> portrayed = portrayal != null && (language.startsWith("en") || language.equals("und"))
                ? portrayal.portray(prose, found.entities()) : List.of();
        return new EnrichedArticle(raw.id(), raw.url(), titled.title(), raw.text(), raw.outletHint(), language,
                raw.publishedAt(), raw.receivedAt(), raw.channel(), raw.feed(),
                body, WordCounter.count(body), found.authors(), outlet, found.entities(),
                stances.detect(titled.title(), prose, found.entities()), portrayed, null, clock.instant(), VERSION);
    }

    /**
     * The body with every paragraph over {@link #MAX_STANCE_PARAGRAPH_CHARS} blanked out by spaces, so the offsets
     * of entity spans still hold and the stance steps find no sentence there.
     */
    static String withoutLongParagraphs(String body) {
        StringBuilder prose = null;
        int start = 0;
        while (start < body.length()) {
            int end = body.indexOf(PARAGRAPH_SEPARATOR, start);
            end = end < 0 ? body.length() : end;
            if (end - start > MAX_STANCE_PARAGRAPH_CHARS) {
                prose = prose == null ? new StringBuilder(body) : prose;
                for (int i = start; i < end; i++) {
                    prose.setCharAt(i, ' ');
                }
            }
            start = end + PARAGRAPH_SEPARATOR.length();
        }
        return prose == null ? body : prose.toString();
    }

    /** Bylines and signatures sit at both ends of a text: keep those when it must be shortened. */
    private String headAndTail(String text) {
        if (text.length() <= maxBodyChars) {
            return text;
        }
        int half = maxBodyChars / 2;
        return text.substring(0, half) + "\n" + text.substring(text.length() - half);
    }
}
