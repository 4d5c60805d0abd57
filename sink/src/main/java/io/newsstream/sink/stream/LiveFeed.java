package io.newsstream.sink.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.sink.consume.StoredArticlesListener;
import io.newsstream.sink.query.ArticleFilter;
import io.newsstream.sink.store.StoredArticle;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hands each stored article to the live subscribers whose filter it matches, as {@link StoreFollower} reads it back
 * after its commit, whichever sink instance stored it.
 * It never waits: a subscriber whose queue is full is dropped and counted, and reconnects from its last event id.
 */
public final class LiveFeed implements StoredArticlesListener, AutoCloseable {

    /** Events a subscriber may fall behind by before it is dropped. */
    public static final int DEFAULT_QUEUE_CAPACITY = 1000;

    private final int queueCapacity;
    private final Set<Subscription> subscriptions = ConcurrentHashMap.newKeySet();
    private final Counter dropped;
    private volatile boolean closed;

    public LiveFeed(MeterRegistry registry, int queueCapacity) {
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be positive, got " + queueCapacity);
        }
        this.queueCapacity = queueCapacity;
        Gauge.builder("newsstream.sink.sse.subscribers", subscriptions, Set::size)
                .description("Live stream subscribers connected now")
                .register(registry);
        this.dropped = Counter.builder("newsstream.sink.sse.dropped")
                .description("Live stream subscribers dropped because they fell too far behind")
                .register(registry);
    }

    /** A new subscriber, receiving every article stored from now on that matches the filter. */
    public Subscription subscribe(ArticleFilter filter) {
        Subscription subscription = new Subscription(filter, queueCapacity, this);
        subscriptions.add(subscription);
        if (closed) {
            subscription.close();
        }
        return subscription;
    }

    // Synchronized so one publisher at a time fills the queues, which keeps each queue in sequence order.
    @Override
    public synchronized void stored(List<StoredArticle> articles) {
        for (Subscription subscription : subscriptions) {
            for (StoredArticle stored : articles) {
                if (subscription.filter().matches(stored.article()) && !subscription.offer(stored)) {
                    subscriptions.remove(subscription);
                    subscription.drop();
                    dropped.increment();
                    break;
                }
            }
        }
    }

    public int subscribers() {
        return subscriptions.size();
    }

    public long droppedCount() {
        return (long) dropped.count();
    }

    void unsubscribe(Subscription subscription) {
        subscriptions.remove(subscription);
    }

    /** Ends every subscription, so their streams finish instead of waiting for articles that will not come. */
    @Override
    public void close() {
        closed = true;
        for (Subscription subscription : subscriptions) {
            subscription.close();
        }
    }
}
