package io.newsstream.ingest;

import java.util.Locale;

/** Why an article was refused, as a small fixed set so it can be a metric tag. */
public enum RejectionReason {
    EMPTY_TEXT,
    TOO_LARGE,
    BAD_URL,
    BAD_JSON,
    BAD_DATE;

    /** The metric tag value, e.g. {@code empty_text}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
