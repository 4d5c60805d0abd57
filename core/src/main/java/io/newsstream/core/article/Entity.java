package io.newsstream.core.article;

import java.util.List;

/**
 * A named entity found in an article, linked to its canonical name.
 *
 * @param id stable id of the canonical entity (knowledge-base id, or derived from the name for discovered ones)
 * @param name canonical name
 * @param aliases the surface forms as written in the article
 * @param spans where each mention is in the body
 */
public record Entity(String id, String name, EntityType type, int mentions, List<String> aliases, List<Span> spans) {

    public Entity {
        aliases = List.copyOf(aliases);
        spans = List.copyOf(spans);
    }
}
