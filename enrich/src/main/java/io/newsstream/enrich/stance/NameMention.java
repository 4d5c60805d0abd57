package io.newsstream.enrich.stance;

/**
 * Where an entity is named, in offsets of the analysed text.
 *
 * @param speaker whether the entity can speak (a person or an organisation)
 * @param place whether it is a place, which speaks only as the subject of a speech verb ("Moscow has reiterated")
 */
record NameMention(int start, int end, String name, boolean person, boolean speaker, boolean place) {

    NameMention(int start, int end, String name, boolean person, boolean speaker) {
        this(start, end, name, person, speaker, false);
    }
}
