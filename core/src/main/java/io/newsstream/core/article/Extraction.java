package io.newsstream.core.article;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an enriched article's body came from and how extraction went, so a page without an article is an
 * explicit outcome (an empty body with the outcome and its reason) rather than a silent drop.
 *
 * @param reason why there is no article, for {@link Outcome#NO_ARTICLE} and {@link Outcome#NOT_HTML}; else null
 */
public record Extraction(Source source, Outcome outcome, String reason) {

    /** A plain-text article: the body is the cleaned text. */
    public static final Extraction TEXT = new Extraction(Source.TEXT, Outcome.ARTICLE, null);

    public Extraction {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** What the article arrived as. */
    public enum Source {
        TEXT, HTML;

        @JsonValue
        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Source fromWireName(String value) {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** How extraction went: an article was found, the page holds none, or what arrived as HTML is not HTML. */
    public enum Outcome {
        ARTICLE, NO_ARTICLE, NOT_HTML
    }
}
