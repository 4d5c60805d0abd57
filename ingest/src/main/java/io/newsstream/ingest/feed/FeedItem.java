package io.newsstream.ingest.feed;

import java.time.Instant;

/**
 * One item of a feed, as the feed carries it.
 *
 * @param link the item's page, or null
 * @param html the item's content (content:encoded or Atom content), else its description or summary; may be plain text
 * @param publishedAt when it was published, else updated; null when the feed does not say
 */
public record FeedItem(String link, String title, String html, Instant publishedAt) {
}
