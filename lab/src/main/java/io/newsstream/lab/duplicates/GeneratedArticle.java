package io.newsstream.lab.duplicates;

import java.time.Instant;

/**
 * One article of a generated set with what is true of it.
 *
 * @param copyOf the original this article is an edited copy of, or null for an original (or an independent write-up)
 * @param event the event it reports: articles of one event are one story
 */
public record GeneratedArticle(String id, String url, String text, Instant receivedAt, String copyOf, String event) {

    /** The city of a generated event ({@code lisbon-tram}), the page's name for a real one. */
    public String city() {
        int dash = event.indexOf('-');
        return dash < 0 ? event : event.substring(0, dash);
    }
}
