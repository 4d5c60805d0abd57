package io.newsstream.core.article;

/** A stance toward a target. */
public enum StanceLabel {
    FAVOR, AGAINST, NEUTRAL
}
