package io.newsstream.enrich.stance;

/**
 * Who a stretch of text speaks for: the article's own voice, a named person or organisation, or someone it does not
 * name ("officials said", "critics argue").
 *
 * @param name the canonical name for {@link Kind#NAMED}, else null
 */
record Speaker(Kind kind, String name) {

    enum Kind { VOICE, NAMED, UNNAMED }

    static final Speaker VOICE = new Speaker(Kind.VOICE, null);
    static final Speaker UNNAMED = new Speaker(Kind.UNNAMED, null);

    static Speaker named(String name) {
        return new Speaker(Kind.NAMED, name);
    }

    boolean isNamed() {
        return kind == Kind.NAMED;
    }
}
