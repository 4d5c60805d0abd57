package io.newsstream.ingest;

import io.newsstream.core.article.RawArticle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Predicate;

/** A publisher whose answer each test chooses: acknowledge, fail, or hold the write until the test completes it. */
public final class ScriptedPublisher implements ArticlePublisher {

    public final List<RawArticle> published = new CopyOnWriteArrayList<>();
    public final List<CompletableFuture<Void>> held = new CopyOnWriteArrayList<>();
    public volatile CountDownLatch firstPublish = new CountDownLatch(1);
    private volatile Function<RawArticle, CompletableFuture<Void>> answer = article -> CompletableFuture.completedFuture(null);

    /** Forgets earlier writes and acknowledges again, for tests sharing one server. */
    public void reset() {
        published.clear();
        held.clear();
        firstPublish = new CountDownLatch(1);
        acknowledgeAll();
    }

    public void acknowledgeAll() {
        answer = article -> CompletableFuture.completedFuture(null);
    }

    public void failAll(RuntimeException error) {
        answer = article -> CompletableFuture.failedFuture(error);
    }

    /** Every write stays pending until the test completes it from {@link #held}; never, if it does not. */
    public void holdAll() {
        holdWhen(article -> true);
    }

    /** Holds the writes of matching articles and acknowledges the others. */
    public void holdWhen(Predicate<RawArticle> matching) {
        answer = article -> {
            if (!matching.test(article)) {
                return CompletableFuture.completedFuture(null);
            }
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
