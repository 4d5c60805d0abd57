package io.newsstream.core.kafka;

/** Header names on {@code articles.dlq} records, saying where and why a record failed; {@link DeadLetterRecords} writes them. */
public final class DeadLetterHeaders {

    /**
     * The pipeline stage that gave up: {@code enrich.deserialize}, {@code enrich.process}, {@code enrich.produce} or
     * {@code sink}. Ingest writes no dead letters: it answers a bad article with a 4xx before anything reaches Kafka.
     */
    public static final String STAGE = "error.stage";
    /** The exception class name. */
    public static final String CLASS = "error.class";
    /** The exception message, the reason a person reads (its simple class name when it has none), cut at 1,000 characters. */
    public static final String MESSAGE = "error.message";
    /** ISO-8601 instant of the failure. */
    public static final String AT = "error.at";
    /** Where the record came from, as {@code topic-partition@offset}. */
    public static final String ORIGIN = "error.origin";

    private DeadLetterHeaders() {
    }
}
