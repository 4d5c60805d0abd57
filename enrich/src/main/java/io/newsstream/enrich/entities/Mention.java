package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;

/**
 * One place in a body where an entity is named.
 *
 * @param id the entity's id (knowledge-base id, or a slug of the name for discovered people)
 * @param name the entity's canonical name
 * @param surface the text as written
 */
record Mention(String id, String name, EntityType type, String surface, int start, int end) {
}
