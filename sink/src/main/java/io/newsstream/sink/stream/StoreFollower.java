package io.newsstream.sink.stream;

import io.newsstream.sink.consume.StoredArticlesListener;
import io.newsstream.sink.query.ArticleFilter;
import io.newsstream.sink.query.ArticleSearch;
import io.newsstream.sink.store.StoreStream;
import io.newsstream.sink.store.StoredArticle;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows what every sink instance stores, so each instance's live stream is complete: on its own thread it listens
 * on {@link StoreStream#CHANNEL}, and on each notification reads from the database every article stored after the
 * last one it handed on, in sequence order, and hands them to the live feed.
 *
 * <p>Notifications only wake it; the sequence is the cursor. One missed while reconnecting costs nothing, since it
 * reads after its cursor on every reconnect and, failing notifications, every few seconds anyway.
 */
public final class StoreFollower implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(StoreFollower.class);
    private static final int PAGE = 500;
    // Short, so closing never waits long; a read happens on a notification, or after this many waits without one.
    private static final Duration WAIT = Duration.ofMillis(500);
    private static final int WAITS_BETWEEN_READS = 10;
    private static final Duration RECONNECT_BACKOFF = Duration.ofSeconds(1);

    private final DataSource listenerConnections;
    private final ArticleSearch search;
    private final StoredArticlesListener feed;
    private final Thread thread;
    private volatile boolean running = true;
    // Only the follower's thread moves it after start.
    private long cursor;

    private StoreFollower(DataSource listenerConnections, ArticleSearch search, StoredArticlesListener feed,
                         long cursor) {
        this.listenerConnections = listenerConnections;
        this.search = search;
        this.feed = feed;
        this.cursor = cursor;
        this.thread = new Thread(this::run, "sink-store-follower");
        thread.setDaemon(true);
    }

    /**
     * Starts following from what is stored now: the feed gets every article stored from here on.
     *
     * @param listenerConnections gives the one long-lived connection that listens, outside any pool
     */
    public static StoreFollower start(DataSource listenerConnections, ArticleSearch search, StoredArticlesListener feed)
            throws SQLException {
        StoreFollower follower = new StoreFollower(listenerConnections, search, feed, search.latestSequence());
        follower.thread.start();
        return follower;
    }

    private void run() {
        while (running) {
            try (Connection connection = listenerConnections.getConnection()) {
                PGConnection listener = connection.unwrap(PGConnection.class);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + StoreStream.CHANNEL);
                }
                // Whatever was stored while not listening.
                readNew();
                int waits = 0;
                while (running) {
                    PGNotification[] notifications = listener.getNotifications((int) WAIT.toMillis());
                    if ((notifications != null && notifications.length > 0) || ++waits >= WAITS_BETWEEN_READS) {
                        readNew();
                        waits = 0;
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("live stream lost the database, reconnecting in {} ms: {}", RECONNECT_BACKOFF.toMillis(),
                            e.getMessage());
                    sleep(RECONNECT_BACKOFF);
                }
            }
        }
    }

    private void readNew() throws SQLException {
        List<StoredArticle> page;
        do {
            page = search.storedAfter(ArticleFilter.NONE, cursor, PAGE);
            if (!page.isEmpty()) {
                feed.stored(page);
                cursor = page.get(page.size() - 1).sequence();
            }
        } while (page.size() == PAGE && running);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops following; waits for the thread, which notices within {@code WAIT}. */
    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(RECONNECT_BACKOFF.plus(WAIT).multipliedBy(2).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
