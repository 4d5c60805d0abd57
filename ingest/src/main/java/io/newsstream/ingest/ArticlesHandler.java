package io.newsstream.ingest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.article.Channel;
import io.newsstream.core.http.BearerGuard;
import io.newsstream.core.http.BearerTokens;
import io.newsstream.core.http.Responses;
import java.io.IOException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * {@code POST /v1/articles}: checks the bearer token when one is required, reads the body with a size bound, undoes
 * gzip, picks the reader for its content type, and answers 202 only once Kafka has acknowledged every accepted
 * article (401 or 4xx for bad requests, 503 with Retry-After when Kafka does not take the writes).
 */
public final class ArticlesHandler implements HttpHandler {

    public static final String PATH = "/v1/articles";

    private final Map<String, SubmissionReader> readers;
    private final ArticleIngestor ingestor;
    private final BearerTokens tokens;
    private final int maxRequestBytes;
    private final Duration retryAfter;
    private final IngestMetrics metrics;

    /**
     * @param readers each serves the media types it names
     * @param tokens who may post; {@link BearerTokens#none()} for everyone
     * @param maxRequestBytes the bound on the body as sent and, for gzip, once decompressed
     * @param retryAfter what a 503 answer tells the client to wait
     */
    public ArticlesHandler(List<SubmissionReader> readers, ArticleIngestor ingestor, BearerTokens tokens,
                           int maxRequestBytes, Duration retryAfter, IngestMetrics metrics) {
        Map<String, SubmissionReader> byType = new TreeMap<>();
        readers.forEach(reader -> reader.mediaTypes().forEach(type -> byType.put(type, reader)));
        this.readers = Collections.unmodifiableMap(byType);
        this.ingestor = ingestor;
        this.tokens = tokens;
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
        BearerTokens.Verdict verdict = tokens.check(exchange.getRequestHeaders().getFirst("Authorization"));
        if (verdict != BearerTokens.Verdict.GRANTED) {
            metrics.unauthorized(verdict);
            BearerGuard.unauthorized(exchange, verdict);
            return 401;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            return error(exchange, 405, "method " + exchange.getRequestMethod() + " is not allowed on " + PATH + "; use POST");
        }
        SubmissionReader reader;
        IngestResult result;
        try {
            ContentType type = contentType(exchange);
            reader = readers.get(type.mediaType());
            if (reader == null) {
                throw unsupported("Content-Type " + Quoted.of(exchange.getRequestHeaders().getFirst("Content-Type")) + " is not supported");
            }
            // Checked before reading, so an unusable request is refused without taking its body.
            ContentEncoding encoding = ContentEncoding.of(exchange.getRequestHeaders().getFirst("Content-Encoding"));
            Map<String, String> parameters = QueryParameters.parse(exchange.getRequestURI().getRawQuery());
            byte[] sent = readBody(exchange);
            byte[] body = encoding.decode(sent, maxRequestBytes);
            List<ReadSubmission> submissions = reader.read(new SubmissionBody(body, type.charset(), parameters, type.charsetDeclared()));
            metrics.batchSize(submissions.size());
            result = ingestor.ingest(submissions, Channel.HTTP);
        } catch (RequestRefusedException e) {
            metrics.refused(Channel.HTTP, e.reason());
            return error(exchange, e.status(), e.getMessage());
        } catch (KafkaUnavailableException e) {
            exchange.getResponseHeaders().set("Retry-After", String.valueOf(retryAfterSeconds()));
            return error(exchange, 503, e.getMessage() + "; retry later");
        }
        if (reader.singleArticle() && !result.rejected().isEmpty()) {
            Rejection rejection = result.rejected().get(0).rejection();
            return error(exchange, rejection.reason() == RejectionReason.TOO_LARGE ? 413 : 400, rejection.message());
        }
        if (result.accepted().isEmpty()) {
            Responses.problem(exchange, 400, RejectedBatchResponse.of(result));
            return 400;
        }
        Responses.json(exchange, 202, IngestResponse.of(result));
        return 202;
    }

    private ContentType contentType(HttpExchange exchange) throws RequestRefusedException {
        String header = exchange.getRequestHeaders().getFirst("Content-Type");
        if (header == null || header.isBlank()) {
            throw unsupported("Content-Type is missing");
        }
        return ContentType.parse(header);
    }

    private RequestRefusedException unsupported(String problem) {
        return new RequestRefusedException(415, RejectionReason.UNSUPPORTED,
                problem + "; supported: " + String.join(", ", readers.keySet()));
    }

    /**
     * The JDK server reports a body cut short or a broken chunk as an IOException while reading; that is the client's
     * fault, so it is answered 400 (while the connection still takes an answer) instead of escaping as a 500.
     */
    private byte[] readBody(HttpExchange exchange) throws RequestRefusedException {
        long declared = declaredLength(exchange);
        try {
            return BoundedBody.read(exchange.getRequestBody(), declared, maxRequestBytes);
        } catch (IOException e) {
            // The JDK server reads chunked whenever Transfer-Encoding says so, whatever Content-Length says.
            String transferEncoding = exchange.getRequestHeaders().getFirst("Transfer-Encoding");
            String problem = transferEncoding == null && declared >= 0
                    ? "body is shorter than its Content-Length of " + declared + " bytes"
                    : "body is not valid HTTP/1.1 chunked encoding";
            throw new RequestRefusedException(400, RejectionReason.BAD_BODY, problem + " (" + e.getMessage() + ")", e);
        }
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
