package io.newsstream.core.article;

import java.util.List;

/**
 * How an article portrays one of its PERSON or ORG entities.
 *
 * @param entity the entity's canonical name, as in {@link Entity#name()}
 * @param evidence the sentences that show the label
 */
public record EntityStance(String entity, EntityType type, Polarity label, double confidence, List<String> evidence) {

    public EntityStance {
        evidence = List.copyOf(evidence);
    }
}
