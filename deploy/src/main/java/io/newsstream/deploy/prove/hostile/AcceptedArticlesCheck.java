package io.newsstream.deploy.prove.hostile;

import io.newsstream.deploy.prove.hostile.HostileRunResult.Accepted;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the sink for every article ingest accepted ({@code GET /v1/articles/{id}}) until each is there or the wait is
 * over, and returns those still missing: accepted must mean stored.
 */
public final class AcceptedArticlesCheck {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Target sink;

    public AcceptedArticlesCheck(Target sink) {
        this.sink = sink;
    }

    /** The accepted articles the sink did not answer 200 for within {@code wait} (one entry per distinct id). */
    public List<Accepted> missing(List<Accepted> accepted, Duration wait) throws InterruptedException {
        Map<String, Accepted> left = new LinkedHashMap<>();
        accepted.forEach(a -> left.putIfAbsent(a.id(), a));
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            left.keySet().removeIf(this::stored);
            if (left.isEmpty() || System.nanoTime() > deadline) {
                return new ArrayList<>(left.values());
            }
            Thread.sleep(1000);
        }
    }

    private boolean stored(String id) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + sink.authority() + "/v1/articles/" + id))
                .timeout(Duration.ofSeconds(10)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
