package io.newsstream.lab.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Asks the sink for stored articles by id ({@code GET /v1/articles/{id}}) at a steady rate from one thread, as a
 * reader of the API would, and records each answer's latency. Open loop: a slow answer delays the next request
 * rather than lowering the rate quietly. An answer other than 200 counts as a failure.
 */
public final class ArticleLookupProbe {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http;
    private final String sinkUrl;

    public ArticleLookupProbe(HttpClient http, String sinkUrl) {
        this.http = http;
        this.sinkUrl = sinkUrl;
    }

    /** Requests {@code pacer.sends(seconds)} articles, cycling through {@code ids}, each when it is due. */
    public LoadResult run(String mode, List<String> ids, SendPacer pacer, double seconds) throws InterruptedException {
        int requests = pacer.sends(seconds);
        LatencyRecorder latencies = new LatencyRecorder(requests);
        int failures = 0;
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long wait = pacer.dueNanos(i) - (System.nanoTime() - start);
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(sinkUrl + "/v1/articles/" + ids.get(i % ids.size())))
                    .timeout(REQUEST_TIMEOUT).GET().build();
            long sent = System.nanoTime();
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                latencies.record(System.nanoTime() - sent);
                if (response.statusCode() != 200) {
                    failures++;
                }
            } catch (IOException e) {
                failures++;
            }
        }
        return new LoadResult(mode, latencies.count(), requests, (System.nanoTime() - start) / 1e9, latencies, failures);
    }
}
