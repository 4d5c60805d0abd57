package io.newsstream.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.article.Channel;
import io.newsstream.core.http.Responses;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /v1/articles}: reads the body with a size bound, picks the reader for its content type, and answers
 * 202 only once Kafka has acknowledged every accepted article (4xx for bad input, 503 with Retry-After otherwise).
 */
public final class ArticlesHandler implements HttpHandler {

    public static final String PATH = "/v1/articles";

    private final Map<String, SubmissionReader> readers;
    private final ArticleIngestor ingestor;
    private final int maxRequestBytes;
    private final Duration retryAfter;
    private final IngestMetrics metrics;

    /**
     * @param readers one per supported content type
     * @param retryAfter what a 503 answer tells the client to wait
     */
    public ArticlesHandler(List<SubmissionReader> readers, ArticleIngestor ingestor, int maxRequestBytes,
                           Duration retryAfter, IngestMetrics metrics) {
        Map<String, SubmissionReader> byType = new LinkedHashMap<>();
        readers.forEach(reader -> byType.put(reader.mediaType(), reader));
        this.readers = Map.copyOf(byType);
        this.ingestor = ingestor;
        this.maxRequestBytes = maxRequestBytes;
        this.retryAfter = retryAfter;
        this.metrics = metrics;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        long started = System.nanoTime();
        // An exception escaping answer() becomes a 500 in the server's guard; it is timed as one.
        int status = 500;
        try {
            status = answer(exchange);
        } finally {
            metrics.requestTimer(status).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
        }
    }

    private int answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        // The context matches every path under the prefix; only the collection itself is a resource here.
        if (!path.equals(PATH) && !path.equals(PATH + "/")) {
            return error(exchange, 404, "no resource at " + path);
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return error(exchange, 405, "method " + exchange.getRequestMethod() + " is not allowed on " + PATH + "; use POST");
        }
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        SubmissionReader reader = contentType == null ? null : readers.get(mediaType(contentType));
        if (reader == null) {
            return error(exchange, 415, "Content-Type " + (contentType == null ? "is missing" : "'" + contentType + "' is not supported")
                    + "; supported: " + String.join(", ", readers.keySet().stream().sorted().toList()));
        }
        byte[] body;
        try {
            body = BoundedBody.read(exchange.getRequestBody(), declaredLength(exchange), maxRequestBytes);
        } catch (BodyTooLargeException e) {
            return error(exchange, 413, e.getMessage());
        }
        IngestResult result;
        try {
            result = ingestor.ingest(reader.read(body), Channel.HTTP);
        } catch (KafkaUnavailableException e) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds()));
            return error(exchange, 503, e.getMessage() + "; retry later");
        }
        if (reader.singleArticle() && !result.rejected().isEmpty()) {
            Rejection rejection = result.rejected().get(0).rejection();
            return error(exchange, rejection.reason() == RejectionReason.TOO_LARGE ? 413 : 400, rejection.message());
        }
        Responses.json(exchange, 202, IngestResponse.of(result));
        return 202;
    }

    /** The media type without parameters such as {@code charset}, lower case. */
    static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static long declaredLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private long retryAfterSeconds() {
        // Retry-After takes whole seconds; round up so the client never comes back early.
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    private static int error(HttpExchange exchange, int status, String message) throws IOException {
        Responses.error(exchange, status, message);
        return status;
    }
}
