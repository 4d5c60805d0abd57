package io.newsstream.core.article;

/** The kinds of named entity newsstream recognises. */
public enum EntityType {
    PERSON, ORG, LOCATION, MISC
}
