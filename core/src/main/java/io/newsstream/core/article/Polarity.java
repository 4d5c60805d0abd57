package io.newsstream.core.article;

/** How an article portrays a person or organisation. */
public enum Polarity {
    POSITIVE, NEGATIVE, NEUTRAL
}
