package io.newsstream.enrich;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.Extraction;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Span;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Caps every string and list of an enriched article, so that whatever arrives on articles.raw the record written to
 * articles.enriched stays well below the producer's {@code max.request.size} (see docs/operations.md, "Record sizes").
 *
 * <p>The caps are far above what real articles reach, so only hostile or broken input is cut: {@code text} and
 * {@code body} at ingest's text limit (1 MiB, here as characters), names at 200 characters, evidence sentences at 500,
 * and lists at a few times the most a long real article produces. With every cap reached, an article of two-byte
 * characters (Cyrillic, Greek, Arabic...) is under 6 MiB of JSON and one of plain ASCII under 3 MiB, below the 8 MiB
 * record limit ({@link io.newsstream.core.kafka.Topics#MAX_RECORD_BYTES}). Only a text of over a million three-byte
 * characters, which ingest refuses, can still go over; it is then dead-lettered as a summary. Counts such as
 * {@link Entity#mentions()} keep the true number when their spans are cut.
 */
public final class OutputBounds {

    /** Ingest's text limit, as characters: the text is kept as received up to here. */
    public static final int MAX_TEXT_CHARS = 1 << 20;
    public static final int MAX_BODY_CHARS = 1 << 20;
    public static final int MAX_TITLE_CHARS = 2_000;
    /** Beyond what browsers and servers accept as a URL. */
    public static final int MAX_URL_CHARS = 8_192;
    /** Names, ids, aliases, outlet hints, domains, countries. */
    public static final int MAX_NAME_CHARS = 200;
    /** A BCP 47 language tag is at most 35 characters in practice (RFC 5646, 4.4.1). */
    public static final int MAX_LANGUAGE_CHARS = 35;
    /** One evidence sentence; a longer "sentence" is a paragraph without full stops. */
    public static final int MAX_EVIDENCE_CHARS = 500;
    /** The contract promises at most three evidence sentences per stance and entity stance. */
    public static final int MAX_EVIDENCE = 3;
    public static final int MAX_AUTHORS = 20;
    public static final int MAX_ENTITIES = 200;
    public static final int MAX_ALIASES = 5;
    public static final int MAX_SPANS = 50;
    public static final int MAX_STANCES = 20;
    public static final int MAX_SPEAKERS = 10;
    public static final int MAX_ENTITY_STANCES = 50;
    public static final int MAX_CITED_OUTLETS = 20;
    public static final int MAX_OUTLET_EVIDENCE = 5;
    /** A page's summary is a sentence or two; a longer one is the page's text pasted into a meta tag. */
    public static final int MAX_DESCRIPTION_CHARS = 2_000;
    public static final int MAX_KEYWORDS = 50;

    private OutputBounds() {
    }

    /**
     * The article with every field within its cap. The id is left alone: it is the record's key and the sink's
     * primary key, and a hostile one makes the record too large to write, which dead-letters it.
     */
    public static EnrichedArticle apply(EnrichedArticle article) {
        return new EnrichedArticle(
                article.id(),
                cut(article.url(), MAX_URL_CHARS),
                cut(article.title(), MAX_TITLE_CHARS),
                cut(article.text(), MAX_TEXT_CHARS),
                cut(article.outletHint(), MAX_NAME_CHARS),
                cut(article.language(), MAX_LANGUAGE_CHARS),
                article.publishedAt(),
                article.receivedAt(),
                article.channel(),
                cut(article.feed(), MAX_URL_CHARS),
                cut(article.body(), MAX_BODY_CHARS),
                article.wordCount(),
                strings(article.authors(), MAX_AUTHORS, MAX_NAME_CHARS),
                outlets(article.outlet()),
                first(article.entities(), MAX_ENTITIES, OutputBounds::entity),
                first(article.stances(), MAX_STANCES, OutputBounds::stance),
                first(article.entityStances(), MAX_ENTITY_STANCES, OutputBounds::entityStance),
                cut(article.duplicateOf(), MAX_NAME_CHARS),
                article.enrichedAt(),
                article.enricherVersion(),
                cut(article.canonicalUrl(), MAX_URL_CHARS),
                cut(article.description(), MAX_DESCRIPTION_CHARS),
                strings(article.keywords(), MAX_KEYWORDS, MAX_NAME_CHARS),
                extraction(article.extraction()),
                article.duplicateSimilarity(),
                cut(article.storyId(), MAX_NAME_CHARS));
    }

    private static Extraction extraction(Extraction extraction) {
        return extraction == null ? null
                : new Extraction(extraction.source(), extraction.outcome(), cut(extraction.reason(), MAX_EVIDENCE_CHARS));
    }

    /** The first {@code max} characters, without splitting a surrogate pair; null stays null. */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static <T> List<T> first(List<T> values, int max, UnaryOperator<T> bound) {
        return values.stream().limit(max).map(bound).toList();
    }

    private static List<String> strings(List<String> values, int max, int maxChars) {
        return first(values, max, value -> cut(value, maxChars));
    }

    private static Entity entity(Entity entity) {
        return new Entity(cut(entity.id(), MAX_NAME_CHARS), cut(entity.name(), MAX_NAME_CHARS), entity.type(),
                entity.mentions(), strings(entity.aliases(), MAX_ALIASES, MAX_NAME_CHARS),
                entity.spans().stream().limit(MAX_SPANS).filter(span -> span.end() <= MAX_BODY_CHARS).toList());
    }

    private static Stance stance(Stance stance) {
        return new Stance(cut(stance.target(), MAX_NAME_CHARS), stance.label(), stance.confidence(),
                strings(stance.evidence(), MAX_EVIDENCE, MAX_EVIDENCE_CHARS),
                first(stance.speakers(), MAX_SPEAKERS, speaker -> new SpeakerStance(cut(speaker.entity(), MAX_NAME_CHARS),
                        speaker.label(), cut(speaker.evidence(), MAX_EVIDENCE_CHARS))));
    }

    private static EntityStance entityStance(EntityStance stance) {
        return new EntityStance(cut(stance.entity(), MAX_NAME_CHARS), stance.type(), stance.label(), stance.confidence(),
                strings(stance.evidence(), MAX_EVIDENCE, MAX_EVIDENCE_CHARS));
    }

    private static OutletAttribution outlets(OutletAttribution attribution) {
        return new OutletAttribution(outlet(attribution.publisher()), outlet(attribution.source()),
                first(attribution.cited(), MAX_CITED_OUTLETS, OutputBounds::outlet));
    }

    private static Outlet outlet(Outlet outlet) {
        if (outlet == null) {
            return null;
        }
        return new Outlet(cut(outlet.id(), MAX_NAME_CHARS), cut(outlet.name(), MAX_NAME_CHARS),
                cut(outlet.domain(), MAX_NAME_CHARS), cut(outlet.country(), MAX_NAME_CHARS), outlet.confidence(),
                strings(outlet.evidence(), MAX_OUTLET_EVIDENCE, MAX_EVIDENCE_CHARS));
    }
}
