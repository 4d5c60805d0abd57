package io.newsstream.core.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article after enrichment, the value of {@code articles.enriched}: every {@link RawArticle} field plus what
 * enrichment found. {@code title} is the given title or the extracted one; {@code text} stays as received for a
 * text article and is absent for an HTML page (the page stays in {@code articles.raw}; {@code body} is the article
 * extracted from it). {@code authors} are the names in the byline; {@code entityStances} say how the article
 * portrays its people and organisations.
 *
 * @param canonicalUrl the page's own canonical URL, for HTML pages that declare one
 * @param description the page's summary (meta or Open Graph description), for HTML pages that give one
 * @param keywords the page's keywords (meta keywords, JSON-LD), for HTML pages that give them
 * @param extraction where the body came from and how extraction went; records written before this field existed
 *                   lack it (read as a text article)
 * @param duplicateOf the first article seen of the near-duplicate group this one belongs to, or null
 * @param duplicateSimilarity the estimated Jaccard similarity (0..1) to the closest earlier copy, with {@code duplicateOf}
 * @param storyId the story cluster the article belongs to: the id of the story's first article (its own id when it
 *                starts a story); null when no fingerprint could be taken (no body) or for records written before
 */
public record EnrichedArticle(
        String id,
        String url,
        String title,
        String text,
        String outletHint,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        Channel channel,
        String feed,
        String body,
        int wordCount,
        List<String> authors,
        OutletAttribution outlet,
        List<Entity> entities,
        List<Stance> stances,
        List<EntityStance> entityStances,
        String duplicateOf,
        Instant enrichedAt,
        String enricherVersion,
        String canonicalUrl,
        String description,
        List<String> keywords,
        Extraction extraction,
        Double duplicateSimilarity,
        String storyId) {

    public EnrichedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
        outlet = outlet == null ? OutletAttribution.UNKNOWN : outlet;
        entities = entities == null ? List.of() : List.copyOf(entities);
        stances = stances == null ? List.of() : List.copyOf(stances);
        entityStances = entityStances == null ? List.of() : List.copyOf(entityStances);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** An article before the duplicate and story step: neither similarity nor story yet. */
    public EnrichedArticle(String id, String url, String title, String text, String outletHint, String language,
                           Instant publishedAt, Instant receivedAt, Channel channel, String feed, String body,
                           int wordCount, List<String> authors, OutletAttribution outlet, List<Entity> entities,
                           List<Stance> stances, List<EntityStance> entityStances, String duplicateOf,
                           Instant enrichedAt, String enricherVersion, String canonicalUrl, String description,
                           List<String> keywords, Extraction extraction) {
        this(id, url, title, text, outletHint, language, publishedAt, receivedAt, channel, feed, body, wordCount,
                authors, outlet, entities, stances, entityStances, duplicateOf, enrichedAt, enricherVersion,
                canonicalUrl, description, keywords, extraction, null, null);
    }

    /**
     * This article as a near-duplicate of {@code first} (null: not a duplicate), in story {@code storyId}, with the
     * outlets given (a copy may name its original publisher as source).
     */
    public EnrichedArticle withDuplicateAndStory(String first, Double similarity, String story, OutletAttribution outlets) {
        return new EnrichedArticle(id, url, title, text, outletHint, language, publishedAt, receivedAt, channel, feed,
                body, wordCount, authors, outlets, entities, stances, entityStances, first, enrichedAt,
                enricherVersion, canonicalUrl, description, keywords, extraction, similarity, story);
    }

    /** An enriched text article: nothing extracted from a page. */
    public EnrichedArticle(String id, String url, String title, String text, String outletHint, String language,
                           Instant publishedAt, Instant receivedAt, Channel channel, String feed, String body,
                           int wordCount, List<String> authors, OutletAttribution outlet, List<Entity> entities,
                           List<Stance> stances, List<EntityStance> entityStances, String duplicateOf,
                           Instant enrichedAt, String enricherVersion) {
        this(id, url, title, text, outletHint, language, publishedAt, receivedAt, channel, feed, body, wordCount,
                authors, outlet, entities, stances, entityStances, duplicateOf, enrichedAt, enricherVersion,
                null, null, null, Extraction.TEXT);
    }
}
