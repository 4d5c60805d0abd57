package io.newsstream.ingest;

import io.newsstream.core.article.RawArticle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** A publisher whose answer each test chooses: acknowledge, fail, or hold the write until the test completes it. */
final class ScriptedPublisher implements ArticlePublisher {

    final List<RawArticle> published = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<Void>> held = new CopyOnWriteArrayList<>();
    final CountDownLatch firstPublish = new CountDownLatch(1);
    private volatile Function<RawArticle, CompletableFuture<Void>> answer = article -> CompletableFuture.completedFuture(null);

    void acknowledgeAll() {
        answer = article -> CompletableFuture.completedFuture(null);
    }

    void failAll(RuntimeException error) {
        answer = article -> CompletableFuture.failedFuture(error);
    }

    /** Every write stays pending until the test completes it from {@link #held}; never, if it does not. */
    void holdAll() {
        answer = article -> {
            CompletableFuture<Void> future = new CompletableFuture<>();
            held.add(future);
            return future;
        };
    }

    @Override
    public CompletableFuture<Void> publish(RawArticle article) {
        published.add(article);
        CompletableFuture<Void> result = answer.apply(article);
        firstPublish.countDown();
        return result;
    }
}
