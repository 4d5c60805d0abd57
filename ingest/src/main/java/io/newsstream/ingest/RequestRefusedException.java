package io.newsstream.ingest;

/**
 * A request refused as a whole, before any article in it is considered: too large, too many articles, not
 * decodable. Carries the HTTP status to answer and the metric reason.
 */
public class RequestRefusedException extends Exception {

    private final int status;
    private final RejectionReason reason;

    public RequestRefusedException(int status, RejectionReason reason, String message) {
        super(message);
        this.status = status;
        this.reason = reason;
    }

    public RequestRefusedException(int status, RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.reason = reason;
    }

    /** The HTTP status of the answer, e.g. 413. */
    public int status() {
        return status;
    }

    public RejectionReason reason() {
        return reason;
    }
}
