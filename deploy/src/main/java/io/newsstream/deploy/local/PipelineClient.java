package io.newsstream.deploy.local;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Talks to a running pipeline the way any user would: over the public HTTP APIs of ingest and sink. */
public final class PipelineClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String sinkUrl;

    public PipelineClient(String ingestUrl, String sinkUrl) {
        this.ingestUrl = ingestUrl;
        this.sinkUrl = sinkUrl;
    }

    /** What ingest answered to one POST: the status and the parsed JSON body. */
    public record Answer(int status, JsonNode body) {

        /** The id of the first accepted article, if any. */
        public Optional<String> acceptedId() {
            JsonNode accepted = body.path("accepted");
            return accepted.isArray() && !accepted.isEmpty()
                    ? Optional.of(accepted.get(0).path("id").asText())
                    : Optional.empty();
        }
    }

    /** Posts one article as JSON. */
    public Answer post(Map<String, ?> article) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(article)))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), Json.mapper().readTree(response.body()));
    }

    /**
     * Posts one web page as {@code text/html}, as a crawler would.
     *
     * @param url the page's URL, or null
     */
    public Answer postPage(byte[] html, String url) throws IOException, InterruptedException {
        String query = url == null ? "" : "?url=" + java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingestUrl + "/v1/articles" + query))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(html))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), Json.mapper().readTree(response.body()));
    }

    /** The stored article, or empty while the sink does not have it (yet). */
    public Optional<EnrichedArticle> stored(String id) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(sinkUrl + "/v1/articles/" + id))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        // 503: the sink's database is away for now (a restart, a failover); not stored yet, as far as anyone can tell.
        if (response.statusCode() == 404 || response.statusCode() == 503) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new IOException("sink answered " + response.statusCode() + " for article " + id + ": "
                    + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return Optional.of(Json.mapper().readValue(response.body(), EnrichedArticle.class));
    }
}
