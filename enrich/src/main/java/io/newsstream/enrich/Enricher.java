package io.newsstream.enrich;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Extraction;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.article.Stance;
import io.newsstream.enrich.authors.AuthorEntities;
import io.newsstream.enrich.authors.BylineFinder;
import io.newsstream.enrich.clean.BoilerplateRemover;
import io.newsstream.enrich.clean.TextSanitizer;
import io.newsstream.enrich.clean.TitleExtractor;
import io.newsstream.enrich.clean.WordCounter;
import io.newsstream.enrich.entities.EntityFinder;
import io.newsstream.enrich.extract.ExtractedPage;
import io.newsstream.enrich.extract.ExtractionOutcome;
import io.newsstream.enrich.extract.PageExtractor;
import io.newsstream.enrich.entities.EntityRecognizer;
import io.newsstream.enrich.entities.KnowledgeBase;
import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.enrich.outlet.KnownOutlet;
import io.newsstream.enrich.outlet.OutletCatalog;
import io.newsstream.enrich.outlet.OutletDetector;
import io.newsstream.enrich.portrayal.EntityPortrayal;
import io.newsstream.enrich.stance.StanceDetector;
import io.newsstream.enrich.stance.StanceTarget;
import io.newsstream.enrich.text.AnalysedText;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
 *
 * <p>An HTML page ({@link RawArticle#html()}) is extracted first (see {@code enrichPage}): only its first
 * {@link #MAX_PAGE_CHARS} characters are parsed, and a page without an article, or not HTML at all, gives an empty
 * body with the outcome and its reason in {@link EnrichedArticle#extraction()}, never a dropped record.
 */
public final class Enricher {

    private static final Logger log = LoggerFactory.getLogger(Enricher.class);

    /** Written into every enriched article, so stored results can be traced to the rules that made them. */
    public static final String VERSION = "0.4.0";
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
    /**
     * Parsing is linear but a page is mostly scripts and markup: beyond twice ingest's default page limit (2 MiB)
     * only the first this many characters of a page are parsed, so one enormous page cannot stall the stream thread.
     */
    static final int MAX_PAGE_CHARS = 4 * 1024 * 1024;

    private final TextSanitizer sanitizer = new TextSanitizer();
    private final BylineFinder bylines = new BylineFinder();
    private final LanguageDetector languages = LanguageDetector.bundled();
    private final BoilerplateRemover boilerplate = BoilerplateRemover.bundled();
    private final TitleExtractor titles = new TitleExtractor();
    private final PageExtractor pages;
    private final EntityRecognizer entities;
    private final OutletDetector outlets;
    /** Both stance steps, or none: stance off is {@link StanceSteps#OFF}, never a half-configured pair. */
    private final StanceSteps stance;
    private final Clock clock;
    private final int maxBodyChars;

    private Enricher(Builder builder) {
        KnowledgeBase kb = builder.knowledgeBase != null ? builder.knowledgeBase : KnowledgeBase.bundled();
        this.entities = builder.entities != null ? builder.entities : new EntityFinder(kb);
        this.outlets = new OutletDetector(OutletCatalog.of(kb.outlets()));
        this.pages = new PageExtractor(outlets.catalog());
        this.stance = builder.stance != null ? builder.stance : new StanceSteps(StanceDetector.bundled(), EntityPortrayal.bundled());
        this.clock = builder.clock;
        this.maxBodyChars = builder.maxBodyChars;
    }

    /** An enricher with every step bundled, stance on; the builder's methods change one part each. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An enricher as configured: the bundled knowledge base plus the user's files in {@code enrich.kb.dir}, the bundled
     * stance targets plus the user's in {@code enrich.stance.targets}, or no stance when {@code enrich.stance.enabled}
     * is false.
     */
    public static Enricher fromConfig(EnrichConfig config, Clock clock) {
        Builder builder = builder().knowledgeBase(KnowledgeBase.load(config.kbDir())).clock(clock)
                .maxBodyChars(config.maxBodyChars());
        return config.stanceEnabled() ? builder.stanceTargets(StanceDetector.load(config.stanceTargets())).build()
                : builder.withoutStance().build();
    }

    /**
     * The two stance steps: the article's stance toward each target, and how it portrays each person and organisation.
     * Stance off is {@link #OFF}, which finds neither.
     */
    private record StanceSteps(StanceDetector targets, EntityPortrayal portrayal) {

        /** No stances and no entity stances; about twice the articles per core. */
        static final StanceSteps OFF = new StanceSteps(new StanceDetector(List.of()), null);

        List<Stance> detect(String title, AnalysedText prose, List<Entity> entities) {
            return this == OFF ? List.of() : targets.detect(title, prose, entities);
        }

        List<EntityStance> portray(AnalysedText prose, List<Entity> entities) {
            return this == OFF ? List.of() : portrayal.portray(prose, entities);
        }
    }

    /** Builds an {@link Enricher}; every part it is not given is the bundled one. */
    public static final class Builder {

        private KnowledgeBase knowledgeBase;
        private EntityRecognizer entities;
        private StanceSteps stance;
        private Clock clock = Clock.systemUTC();
        private int maxBodyChars = DEFAULT_MAX_BODY_CHARS;

        private Builder() {
        }

        /** People, places, organisations and outlets: the bundled ones and the user's. */
        public Builder knowledgeBase(KnowledgeBase knowledgeBase) {
            this.knowledgeBase = knowledgeBase;
            return this;
        }

        /** Another entity step than the knowledge base's name finder, e.g. one that fails on purpose in a test. */
        public Builder entities(EntityRecognizer entities) {
            this.entities = entities;
            return this;
        }

        /** Stance on, toward these targets, with the bundled entity-stance model. */
        public Builder stanceTargets(StanceDetector targets) {
            this.stance = new StanceSteps(targets, EntityPortrayal.bundled());
            return this;
        }

        /** No stances and no entity stances. */
        public Builder withoutStance() {
            this.stance = StanceSteps.OFF;
            return this;
        }

        /** Gives {@code enrichedAt}. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** Longer bodies are enriched on their first this many characters ({@code enrich.max.body.chars}). */
        public Builder maxBodyChars(int maxBodyChars) {
            this.maxBodyChars = maxBodyChars;
            return this;
        }

        public Enricher build() {
            return new Enricher(this);
        }
    }

    /** The ids of the outlet catalogue: the only outlets the coverage metrics name. */
    public Set<String> outletIds() {
        return outlets.catalog().outlets().stream().map(KnownOutlet::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the configured stance targets (none when stance is off). */
    public Set<String> stanceTargetIds() {
        return stance.targets().targets().stream().map(StanceTarget::id).collect(Collectors.toUnmodifiableSet());
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
        if (raw.html() != null) {
            return enrichPage(raw);
        }
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
        return enrichBody(raw, new Article(titled.title(), raw.text(), body, headAndTail(text), raw.outletHint(),
                raw.language(), raw.publishedAt(), List.of(), null, null, List.of(), Extraction.TEXT));
    }

    /**
     * An HTML page: the article is extracted once from at most {@link #MAX_PAGE_CHARS} of it, then its paragraphs
     * are the body (the plain-text boilerplate and title rules are for scraped text, not for an extracted article).
     * What the feeder gave wins over what the page says: title, date, language, and the outlet hint over the
     * page's publisher name. A page without an article gives an empty body and says why in {@code extraction}.
     */
    private EnrichedArticle enrichPage(RawArticle raw) {
        String html = raw.html();
        if (html.length() > MAX_PAGE_CHARS) {
            log.warn("article {}: page of {} characters is over {}; only its first {} are parsed", raw.id(),
                    html.length(), MAX_PAGE_CHARS, MAX_PAGE_CHARS);
            html = OutputBounds.cut(html, MAX_PAGE_CHARS);
        }
        ExtractedPage page = pages.extract(html, raw.url());
        Extraction extraction = new Extraction(Extraction.Source.HTML,
                Extraction.Outcome.valueOf(page.outcome().name()), page.reason());
        String body = "";
        if (page.outcome() == ExtractionOutcome.ARTICLE) {
            try {
                body = paragraphs(sanitizer.sanitize(page.body()));
            } catch (TextSanitizer.UnreadableTextException e) {
                extraction = new Extraction(Extraction.Source.HTML, Extraction.Outcome.NOT_HTML, e.getMessage());
            }
        }
        String title = raw.title() != null ? OutputBounds.cut(raw.title(), OutputBounds.MAX_TITLE_CHARS)
                : OutputBounds.cut(page.title(), OutputBounds.MAX_TITLE_CHARS);
        String outletHint = raw.outletHint() != null ? raw.outletHint() : page.publisher();
        return enrichBody(raw, new Article(title, null, body, headAndTail(body), outletHint,
                raw.language() != null ? raw.language() : page.language(),
                raw.publishedAt() != null ? raw.publishedAt() : page.publishedAt(), page.authors(),
                page.canonicalUrl(), page.description(), page.keywords(), extraction));
    }

    /** The steps every article goes through once it has a body: entities, authors, outlet, language, stances. */
    private EnrichedArticle enrichBody(RawArticle raw, Article article) {
        String body = article.body();
        String searched = body.length() > maxBodyChars ? body.substring(0, maxBodyChars) : body;
        // Split into sentences once; the entity and stance steps read the same sentences.
        AnalysedText analysed = AnalysedText.of(searched);
        AuthorEntities.Merged found = AuthorEntities.merge(searched, entities.recognise(analysed), bylines.find(searched));
        // A page names its authors in its metadata, more surely than a byline found in the text.
        List<String> authors = article.pageAuthors().isEmpty() ? found.authors() : article.pageAuthors();
        OutletAttribution outlet = outlets.detect(OutputBounds.cut(raw.url(), OutputBounds.MAX_URL_CHARS),
                OutputBounds.cut(article.outletHint(), OutputBounds.MAX_NAME_CHARS), article.title(), article.outletText());
        // A publisher naming itself in its own text ("told the Citizen", "Fox News Digital reached out") writes a house
        // line: it is the outlet, not an organisation the article is about.
        List<Entity> entities = withoutPublisher(found.entities(), outlet.publisher());
        String language = article.language() == null || article.language().isBlank() ? languages.detect(body) : article.language();
        // The stance model learnt English: other languages get no entity stances rather than wrong ones.
        String withoutLong = withoutLongParagraphs(searched);
        AnalysedText prose = withoutLong.equals(searched) ? analysed : AnalysedText.of(withoutLong);
        List<EntityStance> portrayed = language.startsWith("en") || language.equals("und")
                ? stance.portray(prose, entities) : List.of();
        // No step finds duplicates yet: duplicateOf stays empty.
        String duplicateOf = null;
        return new EnrichedArticle(raw.id(), raw.url(), article.title(), article.text(), raw.outletHint(), language,
                article.publishedAt(), raw.receivedAt(), raw.channel(), raw.feed(),
                body, WordCounter.count(body), authors, outlet, entities,
                stance.detect(article.title(), prose, entities), portrayed, duplicateOf, clock.instant(), VERSION,
                article.canonicalUrl(), article.description(), article.keywords(), article.extraction());
    }

    private static List<Entity> withoutPublisher(List<Entity> entities, Outlet publisher) {
        if (publisher == null) {
            return entities;
        }
        return entities.stream().filter(entity -> entity.type() != EntityType.ORG || !entity.id().equals(publisher.id()))
                .toList();
    }

    /** The extracted text's paragraphs, stripped, without empty ones, separated by {@link #PARAGRAPH_SEPARATOR}. */
    static String paragraphs(String extracted) {
        return String.join(PARAGRAPH_SEPARATOR, Arrays.stream(extracted.split("\\n\\s*\\n"))
                .map(String::strip).filter(paragraph -> !paragraph.isEmpty()).toList());
    }

    /**
     * What an article brings to the shared steps, from its text or its page.
     *
     * @param text the enriched article's text: as received for a text article, null for a page
     * @param outletText where outlets are looked for (bylines and signatures sit at either end)
     * @param outletHint the feeder's hint, else the page's publisher name
     * @param pageAuthors the authors a page's metadata names; empty for text
     */
    private record Article(String title, String text, String body, String outletText, String outletHint,
                           String language, Instant publishedAt, List<String> pageAuthors,
                           String canonicalUrl, String description, List<String> keywords, Extraction extraction) {
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
