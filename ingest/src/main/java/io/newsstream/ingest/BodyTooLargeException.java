package io.newsstream.ingest;

/** A request body is larger than the configured limit. */
public class BodyTooLargeException extends Exception {

    public BodyTooLargeException(long limit) {
        super("request body is over the limit of " + limit + " bytes");
    }
}
