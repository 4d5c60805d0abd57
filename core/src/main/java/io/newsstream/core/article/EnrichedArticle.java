package io.newsstream.core.article;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article after enrichment, the value of {@code articles.enriched}: every {@link RawArticle} field plus what
 * enrichment found. {@code title} is the given title or the extracted one; {@code text} stays as received.
 * {@code authors} are the names in the byline; {@code entityStances} say how the article portrays its people and
 * organisations.
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
        String enricherVersion) {

    public EnrichedArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(receivedAt, "receivedAt");
        authors = authors == null ? List.of() : List.copyOf(authors);
        outlet = outlet == null ? OutletAttribution.UNKNOWN : outlet;
        entities = entities == null ? List.of() : List.copyOf(entities);
        stances = stances == null ? List.of() : List.copyOf(stances);
        entityStances = entityStances == null ? List.of() : List.copyOf(entityStances);
    }
}
