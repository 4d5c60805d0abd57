package io.newsstream.sink.consume;

import io.newsstream.sink.store.StoredArticle;
import java.util.List;

/** Told about articles once their database transaction has committed, on the consumer thread: it must not block. */
@FunctionalInterface
public interface StoredArticlesListener {

    StoredArticlesListener NONE = articles -> { };

    void stored(List<StoredArticle> articles);
}
