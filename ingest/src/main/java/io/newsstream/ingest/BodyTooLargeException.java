package io.newsstream.ingest;

/** A request body, as sent or once decompressed, is larger than the configured limit. */
public class BodyTooLargeException extends RequestRefusedException {

    public BodyTooLargeException(long limit) {
        this("request body", limit);
    }

    /** @param what names the body that was too large, e.g. {@code decompressed request body} */
    public BodyTooLargeException(String what, long limit) {
        super(413, RejectionReason.TOO_LARGE, what + " is over the limit of " + limit + " bytes");
    }
}
