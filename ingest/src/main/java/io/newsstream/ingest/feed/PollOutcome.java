package io.newsstream.ingest.feed;

import java.util.Locale;

/** How one poll of a feed ended; the {@code outcome} tag of {@code newsstream_ingest_feed_polls_total}. */
public enum PollOutcome {
    /** New items were read and sent. */
    NEW_ITEMS,
    /** Nothing new: a 304, or every item was sent before. */
    NOT_MODIFIED,
    /** Network error, HTTP error, unparsable feed, or Kafka could not take the items. */
    ERROR,
    /** The server asked us to slow down (429 or 503). */
    BACKOFF;

    public String tag() {
        return name().toLowerCase(Locale.ROOT);
    }
}
