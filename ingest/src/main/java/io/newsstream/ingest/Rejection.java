package io.newsstream.ingest;

import java.util.Objects;

/**
 * An article refused, with its category and the message a person reads.
 *
 * @param message says what was wrong, e.g. {@code text is empty}
 */
public record Rejection(RejectionReason reason, String message) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
