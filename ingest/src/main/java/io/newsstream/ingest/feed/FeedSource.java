package io.newsstream.ingest.feed;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One configured feed.
 *
 * @param outletHint the outlet to record on its articles, or null to use the feed's own title
 * @param interval how often to poll it while it answers well
 */
public record FeedSource(URI url, String outletHint, Duration interval) {

    public FeedSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
    }
}
