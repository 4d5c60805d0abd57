package io.newsstream.sink.stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.http.Responses;
import io.newsstream.sink.query.ArticleFilter;
import io.newsstream.sink.query.ArticleSearch;
import io.newsstream.sink.query.BadParameterException;
import io.newsstream.sink.query.JsonQueryHandler;
import io.newsstream.sink.query.QueryMetrics;
import io.newsstream.sink.query.QueryParameters;
import io.newsstream.sink.store.StoredArticle;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v1/stream}: Server-Sent Events, one {@code article} event per stored article matching the filters,
 * its id the article's store sequence. A client sending {@code Last-Event-ID} first gets every matching article
 * stored after that id from the database, then live ones, with no gap and no repeat between the two.
 *
 * <p>Each connection holds one thread of the server's (unbounded) pool for as long as it lasts.
 */
public final class StreamHandler implements HttpHandler {

    public static final String PATH = "/v1/stream";
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);
    public static final Set<String> PARAMETERS = parameters();
    private static final String LAST_EVENT_ID = "lastEventId";
    private static final int REPLAY_PAGE = 500;
    private static final Logger log = LoggerFactory.getLogger(StreamHandler.class);

    private final LiveFeed feed;
    private final ArticleSearch search;
    private final QueryMetrics metrics;
    private final Duration heartbeat;

    public StreamHandler(LiveFeed feed, ArticleSearch search, QueryMetrics metrics, Duration heartbeat) {
        this.feed = feed;
        this.search = search;
        this.metrics = metrics;
        this.heartbeat = heartbeat;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!JsonQueryHandler.isGetOn(exchange, PATH)) {
            return;
        }
        ArticleFilter filter;
        Optional<Long> lastEventId;
        try {
            QueryParameters parameters = QueryParameters.parse(exchange.getRequestURI().getRawQuery(), PARAMETERS);
            filter = ArticleFilter.from(parameters);
            lastEventId = lastEventId(exchange, parameters);
        } catch (BadParameterException e) {
            JsonQueryHandler.badParameter(exchange, e);
            return;
        }
        // Subscribed before reading the database: whatever commits meanwhile is in the queue, if not in the replay.
        try (Subscription subscription = feed.subscribe(filter)) {
            List<StoredArticle> firstReplayPage;
            try {
                firstReplayPage = lastEventId.isPresent() ? replayPage(filter, lastEventId.get()) : List.of();
            } catch (SQLException e) {
                log.warn("cannot replay the stream after {}: {}", lastEventId.get(), e.getMessage());
                Responses.error(exchange, 503, "the article store is unavailable, try again later");
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            // Proxies such as nginx would otherwise hold events back in their buffers.
            exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            EventWriter events = new EventWriter(out);
            events.comment("connected");
            long last = lastEventId.orElse(-1L);
            if (lastEventId.isPresent()) {
                last = replay(events, filter, firstReplayPage, last);
            }
            live(events, subscription, last);
            out.close();
        } catch (IOException e) {
            log.debug("stream client went away: {}", e.getMessage());
        } catch (SQLException e) {
            // Headers are sent: end the stream, and the client reconnects from its last event id.
            log.warn("stream replay failed, closing the stream: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long replay(EventWriter events, ArticleFilter filter, List<StoredArticle> page, long after)
            throws IOException, SQLException {
        long last = after;
        while (true) {
            for (StoredArticle stored : page) {
                events.article(stored);
                last = stored.sequence();
            }
            if (page.size() < REPLAY_PAGE) {
                return last;
            }
            page = replayPage(filter, last);
        }
    }

    private List<StoredArticle> replayPage(ArticleFilter filter, long after) throws SQLException {
        long started = System.nanoTime();
        // A failed replay ends the stream: counted as the 503 a plain query would have answered.
        int status = 503;
        try {
            List<StoredArticle> page = search.storedAfter(filter, after, REPLAY_PAGE);
            status = 200;
            return page;
        } finally {
            metrics.record("stream_replay", status, Duration.ofNanos(System.nanoTime() - started));
        }
    }

    private void live(EventWriter events, Subscription subscription, long after)
            throws IOException, InterruptedException {
        long last = after;
        while (true) {
            Optional<StoredArticle> next = subscription.next(heartbeat);
            if (next.isPresent()) {
                // Already sent by the replay when it committed between subscribing and reading the database.
                if (next.get().sequence() > last) {
                    events.article(next.get());
                    last = next.get().sequence();
                }
            } else if (subscription.ended()) {
                if (subscription.dropped()) {
                    events.comment("dropped: too far behind; reconnect with Last-Event-ID " + last);
                }
                return;
            } else {
                events.comment("keep-alive");
            }
        }
    }

    private static Optional<Long> lastEventId(HttpExchange exchange, QueryParameters parameters)
            throws BadParameterException {
        String header = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        Optional<String> value = header != null && !header.isBlank()
                ? Optional.of(header.strip()) : parameters.string(LAST_EVENT_ID);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(value.get());
            if (id >= 0) {
                return Optional.of(id);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameterException(LAST_EVENT_ID, "Last-Event-ID (header or lastEventId parameter) must be "
                + "an event id this stream sent, a non-negative integer, got '" + value.get() + "'");
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(ArticleFilter.PARAMETERS);
        names.add(LAST_EVENT_ID);
        return Set.copyOf(names);
    }
}
