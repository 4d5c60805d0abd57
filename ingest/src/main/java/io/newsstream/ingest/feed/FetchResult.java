package io.newsstream.ingest.feed;

import java.time.Duration;
import java.util.Objects;

/** What one conditional GET of a feed gave. */
sealed interface FetchResult {

    /** A new body, with the validators to send next time. */
    record Modified(byte[] body, String contentType, Validators validators) implements FetchResult {
        public Modified {
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(validators, "validators");
        }
    }

    /** 304: nothing changed since the validators we sent. */
    record NotModified() implements FetchResult {
    }

    /**
     * The feed could not be read.
     *
     * @param reason one line, never the body
     * @param throttled the server asked us to slow down (429 or 503)
     * @param retryAfter how long the server asked us to wait ({@code Retry-After}), or null
     */
    record Failed(String reason, boolean throttled, Duration retryAfter) implements FetchResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
