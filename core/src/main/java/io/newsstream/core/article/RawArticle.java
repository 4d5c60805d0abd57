package io.newsstream.core.article;

import java.time.Instant;
import java.util.Objects;

/**
 * An article as ingest accepted it, the value of {@code articles.raw}.
 *
 * @param id stable id: hex SHA-256 prefix of the normalised URL, else of the normalised text (see {@link ArticleIds})
 * @param outletHint an outlet name or domain the feeder knows, or null
 * @param feed the feed URL for articles polled from RSS/Atom, else null
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
        String feed) {

    public RawArticle {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(channel, "channel");
    }
}
