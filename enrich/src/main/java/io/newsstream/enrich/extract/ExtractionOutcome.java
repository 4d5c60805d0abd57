package io.newsstream.enrich.extract;

/** How extraction went for one page. */
public enum ExtractionOutcome {
    /** An article body was found. */
    ARTICLE,
    /** The page parsed but holds no article (a home page, a video page, a list of links). */
    NO_ARTICLE,
    /** What arrived as HTML is not HTML (binary, plain text without markup). */
    NOT_HTML
}
