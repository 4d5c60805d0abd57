package io.newsstream.deploy.prove;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** The questions a proof asks a running pipeline over its public HTTP APIs: is a service ready, is an article stored. */
public final class PipelineHttp {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final Endpoints endpoints;

    public PipelineHttp(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** The first service among ingest, enrich and sink that is not ready, with why; empty when all three are. */
    public String notReady() throws InterruptedException {
        for (String url : List.of(endpoints.ingestUrl(), endpoints.enrichUrl(), endpoints.sinkUrl())) {
            try {
                HttpResponse<String> answer = http.send(get(url + "/health/ready", Duration.ofSeconds(5)),
                        HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() != 200) {
                    return url + " answers " + answer.statusCode() + " " + answer.body();
                }
            } catch (IOException e) {
                return url + " does not answer (" + e.getClass().getSimpleName() + ")";
            }
        }
        return "";
    }

    /** Whether the sink serves the article; throws when the sink does not answer 200 or 404. */
    public boolean stored(String id) throws IOException, InterruptedException {
        HttpResponse<Void> answer = http.send(get(endpoints.sinkUrl() + "/v1/articles/" + id, Duration.ofSeconds(10)),
                HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() == 200) {
            return true;
        }
        if (answer.statusCode() == 404) {
            return false;
        }
        throw new IOException("sink answered " + answer.statusCode() + " for article " + id);
    }

    private static HttpRequest get(String url, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
    }
}
