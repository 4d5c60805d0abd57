package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;

/** Mentions the earlier steps of the entity finder would have found, for tests of the later ones. */
final class KnownMentions {

    private KnownMentions() {
    }

    /** The first place {@code text} writes {@code name}, as a mention of that type. */
    static Mention known(String text, String name, EntityType type) {
        int at = text.indexOf(name);
        return new Mention(name.toLowerCase(), name, type, name, at, at + name.length());
    }
}
