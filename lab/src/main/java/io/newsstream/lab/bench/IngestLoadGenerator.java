package io.newsstream.lab.bench;

import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives ingest's {@code POST /v1/articles} from several client threads, one article per request or NDJSON batches,
 * and measures accepted articles per second and request latency. Each request waits for its answer (and so for
 * Kafka's acknowledgement) before the thread sends the next: a closed loop, like real feeders.
 */
public final class IngestLoadGenerator {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI endpoint;

    public IngestLoadGenerator(String ingestUrl) {
        this.endpoint = URI.create(ingestUrl + "/v1/articles");
    }

    /** Sends every article in requests of {@code batchSize} (1 = single JSON articles) from {@code threads} threads. */
    public LoadResult run(String mode, List<Map<String, String>> articles, int batchSize, int threads) throws InterruptedException {
        List<byte[]> bodies = new ArrayList<>();
        for (int start = 0; start < articles.size(); start += batchSize) {
            bodies.add(body(articles.subList(start, Math.min(articles.size(), start + batchSize)), batchSize == 1));
        }
        String contentType = batchSize == 1 ? "application/json" : "application/x-ndjson";
        LatencyRecorder latencies = new LatencyRecorder(bodies.size());
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    if (!post(bodies.get(i), contentType)) {
                        failures.incrementAndGet();
                    }
                    latencies.record(System.nanoTime() - sent);
                }
            }));
        }
        for (Future<?> worker : workers) {
            try {
                worker.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("load worker failed: " + e.getCause(), e.getCause());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new LoadResult(mode, articles.size(), bodies.size(), seconds, latencies, failures.get());
    }

    /** Posts one article as JSON and tells whether ingest accepted it (202). */
    public boolean send(Map<String, String> article) {
        return post(body(List.of(article), true), "application/json");
    }

    private boolean post(byte[] body, String contentType) {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 202;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] body(List<Map<String, String>> articles, boolean single) {
        try {
            if (single) {
                return Json.mapper().writeValueAsBytes(articles.get(0));
            }
            StringBuilder lines = new StringBuilder();
            for (Map<String, String> article : articles) {
                lines.append(Json.mapper().writeValueAsString(article)).append('\n');
            }
            return lines.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
