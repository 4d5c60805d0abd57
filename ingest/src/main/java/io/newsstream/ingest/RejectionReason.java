package io.newsstream.ingest;

import java.util.Locale;

/** Why an article or a whole request was refused, as a small fixed set so it can be a metric tag. */
public enum RejectionReason {
    EMPTY_TEXT,
    TOO_LARGE,
    BAD_URL,
    BAD_JSON,
    BAD_DATE,
    /**
     * A field cannot be stored or enriched as sent: over its length limit, holding NUL, an unpaired surrogate or a
     * control character, text that is binary, a language that is not a tag.
     */
    BAD_FIELD,
    /** The body cannot be decoded with its charset. */
    BAD_CHARSET,
    /** A query parameter is unknown or not valid URL encoding. */
    BAD_QUERY,
    /** A batch holds more articles than allowed. */
    TOO_MANY,
    /** The body ends before its Content-Length, or its chunked transfer encoding is broken. */
    BAD_BODY,
    /** A gzip body cannot be decompressed. */
    BAD_GZIP,
    /** A content type, charset or content encoding ingest does not read. */
    UNSUPPORTED;

    /** The metric tag value, e.g. {@code empty_text}. */
    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
