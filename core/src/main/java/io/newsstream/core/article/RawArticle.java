package io.newsstream.core.article;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as ingest accepted it, the value of {@code articles.raw}: either plain text or a whole HTML page.
 * Exactly one of {@code text} and {@code html} is present; a page is carried as received, and enrich extracts the
 * article from it (so a better extractor can re-read it on reprocessing).
 *
 * @param id stable id: hex SHA-256 prefix of the normalised URL, else of the normalised text or page (see {@link ArticleIds})
 * @param text the article as plain text, or null when {@code html} is given
 * @param outletHint an outlet name or domain the feeder knows, or null
 * @param feed the feed URL for articles polled from RSS/Atom, else null
 * @param html the page as received, decoded to a string (see {@code HtmlDecoder}), or null when {@code text} is given
 */
public record RawArticle(
        String id,
        String url,
        String title,
        String text,
        String outletHint,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        Channel channel,
        String feed,
        String html) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        if ((text == null) == (html == null)) {
            throw new IllegalArgumentException("exactly one of text and html must be present");
        }
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
    }

    /** A plain-text article. */
    public RawArticle(String id, String url, String title, String text, String outletHint, String language,
                      Instant publishedAt, Instant receivedAt, Channel channel, String feed) {
        this(id, url, title, text, outletHint, language, publishedAt, receivedAt, channel, feed, null);
    }
}
