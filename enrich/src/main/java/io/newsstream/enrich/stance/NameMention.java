package io.newsstream.enrich.stance;

/**
 * Where an entity is named, in offsets of the analysed text.
 *
 * @param speaker whether the entity can speak (a person or an organisation)
 */
record NameMention(int start, int end, String name, boolean person, boolean speaker) {
}
