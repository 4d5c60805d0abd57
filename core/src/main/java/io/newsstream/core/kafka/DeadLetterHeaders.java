package io.newsstream.core.kafka;

/** Header names on {@code articles.dlq} records, saying where and why a record failed. */
public final class DeadLetterHeaders {

    /** The pipeline stage that gave up: {@code ingest}, {@code enrich.deserialize}, {@code enrich.process}, {@code sink}. */
    public static final String STAGE = "error.stage";
    /** The exception class name. */
    public static final String CLASS = "error.class";
    /** The exception message, the reason a person reads. */
    public static final String MESSAGE = "error.message";
    /** ISO-8601 instant of the failure. */
    public static final String AT = "error.at";
    /** Where the record came from, as {@code topic-partition@offset}. */
    public static final String ORIGIN = "error.origin";

    private DeadLetterHeaders() {
    }
}
