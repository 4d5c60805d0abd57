package io.newsstream.sink.store;

import io.newsstream.core.article.EnrichedArticle;
import java.util.Objects;

/**
 * An article as stored, with the place its latest write took in the store's order.
 *
 * @param sequence {@code article_stream.store_seq}: grows with every write, in commit order across sink instances,
 *     so it orders writes and serves as the live stream's event id
 */
public record StoredArticle(long sequence, EnrichedArticle article) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
    }
}
