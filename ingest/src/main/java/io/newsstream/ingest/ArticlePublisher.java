package io.newsstream.ingest;

import io.newsstream.core.article.RawArticle;
import java.util.concurrent.CompletableFuture;

/** Writes articles to {@code articles.raw}; the future completes once the write is durable, or fails. */
public interface ArticlePublisher {

    /** Starts writing one article; never throws, failures arrive through the future. */
    CompletableFuture<Void> publish(RawArticle article);
}
