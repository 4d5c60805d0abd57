package io.newsstream.sink.query;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.http.Problem;
import io.newsstream.core.http.Responses;
import io.newsstream.sink.store.DatabaseErrors;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read-only JSON endpoint: checks method and path, reads the query string against the parameters the endpoint
 * knows, runs its query and answers 200 with the result, 400 naming a bad parameter (or, unnamed, for a value the
 * database refuses), or 503 when the database fails.
 */
public final class JsonQueryHandler implements HttpHandler {

    /** What the endpoint answers for its parameters. */
    @FunctionalInterface
    public interface Query {
        Object answer(QueryParameters parameters) throws BadParameterException, SQLException;
    }

    private static final Logger log = LoggerFactory.getLogger(JsonQueryHandler.class);

    private final String path;
    private final String endpoint;
    private final Set<String> parameters;
    private final QueryMetrics metrics;
    private final Query query;

    /** @param endpoint the metrics tag, fixed in code */
    public JsonQueryHandler(String path, String endpoint, Set<String> parameters, QueryMetrics metrics, Query query) {
        this.path = path;
        this.endpoint = endpoint;
        this.parameters = Set.copyOf(parameters);
        this.metrics = metrics;
        this.query = query;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!isGetOn(exchange, path)) {
            return;
        }
        long started = System.nanoTime();
        Object answer;
        try {
            answer = query.answer(QueryParameters.parse(exchange.getRequestURI().getRawQuery(), parameters));
        } catch (BadParameterException e) {
            timed(started, 400);
            badParameter(exchange, e);
            return;
        } catch (SQLException e) {
            if (DatabaseErrors.isBadData(e)) {
                // QueryParameters keeps such values out; should one slip through, it is still the request's fault.
                log.warn("query {} refused by the database: {}", exchange.getRequestURI(), e.getMessage());
                timed(started, 400);
                badParameter(exchange, new BadParameterException(null,
                        "a parameter value is outside what the article store accepts"));
                return;
            }
            log.warn("query {} failed: {}", exchange.getRequestURI(), e.getMessage());
            timed(started, 503);
            Responses.error(exchange, 503, "the article store is unavailable, try again later");
            return;
        } catch (RuntimeException e) {
            // The server answers 500 for it.
            timed(started, 500);
            throw e;
        }
        timed(started, 200);
        Responses.json(exchange, 200, answer);
    }

    // Recorded before the answer is sent, so whoever sees the answer also sees it counted.
    private void timed(long started, int status) {
        metrics.record(endpoint, status, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Answers 405 for other methods and 404 for paths under {@code path} (the JDK server routes by prefix).
     *
     * @return true when the request is a GET of exactly {@code path}
     */
    public static boolean isGetOn(HttpExchange exchange, String path) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.error(exchange, 405, exchange.getRequestMethod() + " is not supported here; use GET");
            return false;
        }
        if (!exchange.getRequestURI().getPath().equals(path)) {
            Responses.error(exchange, 404, "nothing is served at " + exchange.getRequestURI().getPath());
            return false;
        }
        return true;
    }

    /** 400 problem details with the reason and, when known, the parameter's name as the member {@code parameter}. */
    public static void badParameter(HttpExchange exchange, BadParameterException e) throws IOException {
        Map<String, Object> problem = Problem.of(400, e.getMessage());
        if (e.parameter() != null) {
            problem.put("parameter", e.parameter());
        }
        Responses.problem(exchange, 400, problem);
    }
}
