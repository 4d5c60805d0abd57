package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;

/** A name the tagger found: its type, its character range in the tagged text and the text as written. */
public record TaggedSpan(EntityType type, int start, int end, String text) {
}
