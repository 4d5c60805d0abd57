package io.newsstream.sink.stream;

import static io.newsstream.sink.ArticleBuilder.article;
import static io.newsstream.sink.ArticleBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two sink instances on one database, as two replicas run: each has its own writer, live feed and HTTP server, and
 * a subscriber of either sees every article, whichever instance stored it.
 */
class StreamAcrossInstancesTest {

    private TestServer first;
    private TestServer second;
    private final ArticleStore firstWriter = new ArticleStore(TestPostgres.dataSource());
    private final ArticleStore secondWriter = new ArticleStore(TestPostgres.dataSource());

    @BeforeEach
    void startTwoInstances() throws Exception {
        TestPostgres.clean();
        first = new TestServer(1000);
        second = new TestServer(1000);
    }

    @AfterEach
    void stop() {
        first.close();
        second.close();
    }

    @Test
    void eachInstanceStreamsWhatEitherInstanceStored() throws Exception {
        try (SseClient onFirst = new SseClient(first.uri("/v1/stream"), null);
             SseClient onSecond = new SseClient(second.uri("/v1/stream"), null)) {
            firstWriter.upsert(List.of(numbered(1)));
            secondWriter.upsert(List.of(numbered(2)));
            firstWriter.upsert(List.of(numbered(3)));

            for (SseClient client : List.of(onFirst, onSecond)) {
                List<SseClient.Event> events = List.of(client.nextEvent(), client.nextEvent(), client.nextEvent());
                assertThat(events).extracting(event -> event.article().id()).containsExactly(id(1), id(2), id(3));
                assertThat(events).extracting(SseClient.Event::id).isSorted().doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void aClientResumesOnTheOtherInstanceWithItsLastEventId() throws Exception {
        long lastSeen;
        try (SseClient onFirst = new SseClient(first.uri("/v1/stream"), null)) {
            firstWriter.upsert(List.of(numbered(1)));
            secondWriter.upsert(List.of(numbered(2)));
            assertThat(onFirst.nextEvent().article().id()).isEqualTo(id(1));
            lastSeen = onFirst.nextEvent().id();
        }
        // Stored by the first instance while the client moves to the second.
        firstWriter.upsert(List.of(numbered(3)));

        try (SseClient onSecond = new SseClient(second.uri("/v1/stream"), Long.toString(lastSeen))) {
            SseClient.Event missed = onSecond.nextEvent();
            firstWriter.upsert(List.of(numbered(4)));
            SseClient.Event live = onSecond.nextEvent();

            assertThat(List.of(missed.article().id(), live.article().id())).containsExactly(id(3), id(4));
            assertThat(missed.id()).isGreaterThan(lastSeen);
            assertThat(live.id()).isGreaterThan(missed.id());
        }
    }

    @Test
    void anArticleCommittedAfterALaterWriteOfTheOtherInstanceStillReachesTheStream() throws Exception {
        CountDownLatch firstAtCommit = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        ArticleStore slowWriter = new ArticleStore(stallingCommits(TestPostgres.dataSource(), firstAtCommit,
                firstMayCommit));
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try (SseClient onSecond = new SseClient(second.uri("/v1/stream"), null)) {
            // The first instance has its sequence number and is about to commit when the second one writes.
            Future<?> slow = writers.submit(() -> slowWriter.upsert(List.of(numbered(1))));
            assertThat(firstAtCommit.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> fast = writers.submit(() -> secondWriter.upsert(List.of(numbered(2))));
            // Were the later write not made to wait its turn, it would commit now and its article be streamed alone.
            SseClient.Event early = onSecond.nextEventWithin(Duration.ofSeconds(1));
            firstMayCommit.countDown();
            slow.get();
            fast.get();

            List<String> streamed = new ArrayList<>();
            if (early != null) {
                streamed.add(early.article().id());
            }
            SseClient.Event next;
            while (streamed.size() < 2 && (next = onSecond.nextEventWithin(Duration.ofSeconds(5))) != null) {
                streamed.add(next.article().id());
            }
            assertThat(streamed).containsExactly(id(1), id(2));
        } finally {
            firstMayCommit.countDown();
            writers.shutdown();
        }
    }

    /** Connections whose commit waits, once it is reached, until the test lets it go. */
    private static DataSource stallingCommits(DataSource real, CountDownLatch atCommit, CountDownLatch mayCommit) {
        return proxy(DataSource.class, (method, args) -> {
            Object result = method.invoke(real, args);
            if (!method.getName().equals("getConnection")) {
                return result;
            }
            Connection connection = (Connection) result;
            return proxy(Connection.class, (connectionMethod, connectionArgs) -> {
                if (connectionMethod.getName().equals("commit")) {
                    atCommit.countDown();
                    mayCommit.await();
                }
                return connectionMethod.invoke(connection, connectionArgs);
            });
        });
    }

    @FunctionalInterface
    private interface Call {
        Object invoke(Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, Call call) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }

    private static EnrichedArticle numbered(int number) {
        return article(number).title("Harbour notice " + number).build();
    }
}
