package io.newsstream.sink.stream;

import static io.newsstream.sink.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.EntityType;
import io.newsstream.sink.query.ArticleFilter;
import io.newsstream.sink.store.StoredArticle;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    private static final Duration NO_WAIT = Duration.ZERO;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final LiveFeed feed = new LiveFeed(registry, 3);

    @Test
    void subscriberGetsMatchingArticlesInOrder() throws Exception {
        Subscription subscription = feed.subscribe(new ArticleFilter("loc:lindmoor", null, null, null, null, null));

        feed.stored(List.of(stored(1, true), stored(2, false), stored(3, true)));

        assertThat(subscription.next(NO_WAIT).map(StoredArticle::sequence)).contains(1L);
        assertThat(subscription.next(NO_WAIT).map(StoredArticle::sequence)).contains(3L);
        assertThat(subscription.next(NO_WAIT)).isEmpty();
        assertThat(subscription.ended()).isFalse();
    }

    @Test
    void aSubscriberThatFallsBehindItsQueueIsDroppedAndCountedWhileOthersContinue() throws Exception {
        Subscription slow = feed.subscribe(ArticleFilter.NONE);
        Subscription keeping = feed.subscribe(ArticleFilter.NONE);

        feed.stored(List.of(stored(1, true), stored(2, true)));
        keeping.next(NO_WAIT);
        keeping.next(NO_WAIT);
        feed.stored(List.of(stored(3, true), stored(4, true)));

        // The slow one's queue of 3 overflowed on the fourth article; publishing never waited for it.
        assertThat(slow.dropped()).isTrue();
        assertThat(slow.ended()).isTrue();
        assertThat(keeping.dropped()).isFalse();
        assertThat(feed.subscribers()).isEqualTo(1);
        assertThat(feed.droppedCount()).isEqualTo(1);
        assertThat(registry.get("newsstream.sink.sse.dropped").counter().count()).isEqualTo(1);
        assertThat(registry.get("newsstream.sink.sse.subscribers").gauge().value()).isEqualTo(1);
        assertThat(keeping.next(NO_WAIT).map(StoredArticle::sequence)).contains(3L);
        assertThat(keeping.next(NO_WAIT).map(StoredArticle::sequence)).contains(4L);
    }

    @Test
    void aDroppedSubscriberStillReadsWhatWasQueuedThenEnds() throws Exception {
        Subscription slow = feed.subscribe(ArticleFilter.NONE);

        feed.stored(List.of(stored(1, true), stored(2, true), stored(3, true), stored(4, true), stored(5, true)));

        assertThat(slow.next(NO_WAIT).map(StoredArticle::sequence)).contains(1L);
        assertThat(slow.next(NO_WAIT).map(StoredArticle::sequence)).contains(2L);
        assertThat(slow.next(NO_WAIT).map(StoredArticle::sequence)).contains(3L);
        assertThat(slow.next(Duration.ofSeconds(5))).isEmpty();
        assertThat(slow.ended()).isTrue();
    }

    @Test
    void closingTheFeedWakesAWaitingSubscriber() throws Exception {
        Subscription waiting = feed.subscribe(ArticleFilter.NONE);

        Thread closer = new Thread(feed::close);
        closer.start();
        // Would wait a minute if closing did not wake it.
        Optional<StoredArticle> next = waiting.next(Duration.ofMinutes(1));
        closer.join();

        assertThat(next).isEmpty();
        assertThat(waiting.ended()).isTrue();
        assertThat(waiting.dropped()).isFalse();
    }

    @Test
    void closingASubscriptionUnsubscribesIt() {
        Subscription subscription = feed.subscribe(ArticleFilter.NONE);

        subscription.close();
        feed.stored(List.of(stored(1, true)));

        assertThat(feed.subscribers()).isZero();
        assertThat(feed.droppedCount()).isZero();
    }

    private static StoredArticle stored(int sequence, boolean aboutLindmoor) {
        var builder = article(sequence).title("Ferry timetable " + sequence);
        if (aboutLindmoor) {
            builder.entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1);
        }
        return new StoredArticle(sequence, builder.build());
    }
}
