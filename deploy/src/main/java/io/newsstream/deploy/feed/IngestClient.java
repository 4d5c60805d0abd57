package io.newsstream.deploy.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * Sends batches of articles to ingest's {@code POST /v1/articles} as gzipped NDJSON, retrying with backoff while
 * ingest answers 503 (honouring {@code Retry-After}) or cannot be reached, and splitting a batch it calls too large.
 * Resending is safe: ids are stable, so a retried article keeps its id and Kafka key.
 */
public final class IngestClient {

    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;
    private final String token;
    private final int maxAttempts;
    private final Duration firstBackoff;
    private final Sleeper sleeper;

    /** Waits between attempts; tests pass one that does not sleep. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** Ingest refused to work with us in a way retrying cannot fix (bad token, wrong URL, unreachable for too long). */
    public static final class FeedException extends Exception {
        public FeedException(String message) {
            super(message);
        }
    }

    /**
     * @param ingestUrl the ingest service's base URL, e.g. {@code http://localhost:8080}
     * @param token a bearer token, or null
     */
    public IngestClient(String ingestUrl, String token, int maxAttempts, Duration firstBackoff, Sleeper sleeper) {
        this.endpoint = URI.create(ingestUrl.replaceAll("/+$", "") + "/v1/articles");
        this.token = token;
        this.maxAttempts = maxAttempts;
        this.firstBackoff = firstBackoff;
        this.sleeper = sleeper;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Sends readable items; the result lists every item once, in order. */
    public List<FeedResult> send(List<FeedItem> batch) throws FeedException, InterruptedException {
        if (batch.isEmpty()) {
            return List.of();
        }
        HttpResponse<byte[]> response = postWithRetries(batch);
        int status = response.statusCode();
        if (status == 413 && batch.size() > 1) {
            // Too much in one request: halve until each part fits.
            List<FeedResult> results = new ArrayList<>(send(batch.subList(0, batch.size() / 2)));
            results.addAll(send(batch.subList(batch.size() / 2, batch.size())));
            return results;
        }
        JsonNode body = parse(response.body());
        if (status == 202 || (status == 400 && body.has("rejected"))) {
            return perLine(batch, body);
        }
        String message = body.path("error").asText(new String(response.body(), StandardCharsets.UTF_8));
        if (status == 401 || status == 403) {
            throw new FeedException("ingest at " + endpoint + " refused the request (" + status + "): " + message
                    + "; pass a valid token with --token or NEWSSTREAM_INGEST_TOKEN");
        }
        if (status == 413 || status == 400) {
            List<FeedResult> results = new ArrayList<>();
            batch.forEach(item -> results.add(FeedResult.rejected(item, message)));
            return results;
        }
        throw new FeedException("ingest at " + endpoint + " answered " + status + ": " + message);
    }

    private HttpResponse<byte[]> postWithRetries(List<FeedItem> batch) throws FeedException, InterruptedException {
        HttpRequest request = request(ndjson(batch));
        Duration backoff = firstBackoff;
        String lastProblem = "";
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 503) {
                    return response;
                }
                lastProblem = "503 " + parse(response.body()).path("error").asText("service unavailable");
                Duration retryAfter = retryAfter(response).orElse(backoff);
                sleeper.sleep(retryAfter.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : retryAfter);
            } catch (IOException e) {
                lastProblem = "cannot reach ingest: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                sleeper.sleep(backoff);
            }
            backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
        }
        throw new FeedException("gave up on " + endpoint + " after " + maxAttempts + " attempts: " + lastProblem);
    }

    private HttpRequest request(byte[] ndjson) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson")
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(gzip(ndjson)));
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder.build();
    }

    static byte[] ndjson(List<FeedItem> batch) {
        StringBuilder lines = new StringBuilder();
        for (FeedItem item : batch) {
            lines.append(item.article().toString()).append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(buffer)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compress in memory", e);
        }
        return buffer.toByteArray();
    }

    /** Maps ingest's per-line answer (lines of this batch, from 1) back to the items. */
    private static List<FeedResult> perLine(List<FeedItem> batch, JsonNode body) {
        Map<Integer, String> ids = new HashMap<>();
        body.path("accepted").forEach(a -> ids.put(a.path("line").asInt(), a.path("id").asText()));
        Map<Integer, String> reasons = new HashMap<>();
        body.path("rejected").forEach(r -> reasons.put(r.path("line").asInt(), r.path("reason").asText()));
        List<FeedResult> results = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            FeedItem item = batch.get(i);
            String id = ids.get(i + 1);
            results.add(id != null ? FeedResult.accepted(item, id)
                    : FeedResult.rejected(item, withoutLinePrefix(reasons.getOrDefault(i + 1, "no answer from ingest for this article"))));
        }
        return results;
    }

    /** Ingest numbers lines within the batch; the report shows file:line instead. */
    private static String withoutLinePrefix(String reason) {
        return reason.replaceFirst("^line \\d+: ", "");
    }

    private static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        });
    }

    private static JsonNode parse(byte[] body) {
        try {
            return Json.mapper().readTree(body);
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }
}
