package io.newsstream.sink.stream;

import io.newsstream.sink.query.ArticleFilter;
import io.newsstream.sink.store.StoredArticle;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One live subscriber's bounded queue of matching articles. The feed adds without waiting; when the queue is full
 * the subscriber is dropped instead, so a slow client never slows the sink.
 */
public final class Subscription implements AutoCloseable {

    // Marks the end in the queue; the queue keeps one slot more than its capacity so the mark always fits.
    private static final Optional<StoredArticle> END = Optional.empty();

    private final ArticleFilter filter;
    private final int capacity;
    private final BlockingQueue<Optional<StoredArticle>> queue;
    private final LiveFeed feed;
    private volatile boolean ended;
    private volatile boolean dropped;

    Subscription(ArticleFilter filter, int capacity, LiveFeed feed) {
        this.filter = filter;
        this.capacity = capacity;
        this.queue = new ArrayBlockingQueue<>(capacity + 1);
        this.feed = feed;
    }

    public ArticleFilter filter() {
        return filter;
    }

    /**
     * The next article, waiting at most {@code timeout}; empty when none came in time or the subscription ended
     * (then {@link #ended()} is true).
     */
    public Optional<StoredArticle> next(Duration timeout) throws InterruptedException {
        if (ended && queue.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredArticle> next = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        return next == null ? Optional.empty() : next;
    }

    /** True once closed or dropped: nothing more will come. */
    public boolean ended() {
        return ended;
    }

    /** True when the feed dropped this subscriber because its queue was full. */
    public boolean dropped() {
        return dropped;
    }

    /** Called by the feed only, one article at a time: false when the queue is full. */
    boolean offer(StoredArticle article) {
        if (ended) {
            return true;
        }
        return queue.size() < capacity && queue.offer(Optional.of(article));
    }

    void drop() {
        dropped = true;
        end();
    }

    void end() {
        ended = true;
        // Wakes a reader waiting in next(); fails only when an end mark is already there.
        queue.offer(END);
    }

    /** Unsubscribes; safe to call more than once. */
    @Override
    public void close() {
        feed.unsubscribe(this);
        end();
    }
}
