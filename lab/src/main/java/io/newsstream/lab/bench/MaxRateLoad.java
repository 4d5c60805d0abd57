package io.newsstream.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * Posts NDJSON batches of synthetic articles to ingest as fast as the whole pipeline takes them: a thread sends its
 * next batch only while fewer than {@code maxInFlight} accepted articles are still on their way to the sink.
 * Without that bound ingest (which only waits for Kafka) would outrun enrich, and the backlog, not the pipeline,
 * would set the latencies.
 */
public final class MaxRateLoad {

    /** Articles of batch {@code b} have URLs under this prefix plus {@code b}. */
    public static final String URL_PREFIX = "https://bench.newsstream.example/max-";

    private final HttpClient http;
    private final URI endpoint;
    private final int batchSize;
    private final int threads;
    private final int maxInFlight;

    public MaxRateLoad(HttpClient http, String ingestUrl, int batchSize, int threads, int maxInFlight) {
        this.http = http;
        this.endpoint = URI.create(ingestUrl + "/v1/articles");
        this.batchSize = batchSize;
        this.threads = threads;
        this.maxInFlight = Math.max(maxInFlight, batchSize);
    }

    /** Sends for {@code duration}; {@code stored} counts the articles of this run the sink has stored so far. */
    public PipelineLoad run(Duration duration, IntSupplier stored) throws InterruptedException {
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicInteger posts = new AtomicInteger();
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    if (accepted.get() - stored.getAsInt() + batchSize > maxInFlight) {
                        Thread.sleep(1);
                        continue;
                    }
                    int batch = nextBatch.getAndIncrement();
                    // Generated per batch (seeded by its number) so a long run needs no big article list in memory.
                    byte[] body = ndjson(SyntheticArticles.generate(batchSize, batch, "max-" + batch));
                    posts.incrementAndGet();
                    int ok = post(body);
                    accepted.addAndGet(ok);
                    failed.addAndGet(batchSize - ok);
                }
                return null;
            }));
        }
        try {
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("load worker failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new PipelineLoad(posts.get(), accepted.get(), failed.get(), 0, start);
    }

    /** The number of articles ingest accepted from this body; 0 when the request failed. */
    private int post(byte[] body) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 202) {
                return 0;
            }
            JsonNode answer = Json.mapper().readTree(response.body());
            return answer.path("accepted").size();
        } catch (IOException e) {
            return 0;
        }
    }

    private static byte[] ndjson(List<Map<String, String>> articles) {
        try {
            StringBuilder lines = new StringBuilder(articles.size() * 5_000);
            for (Map<String, String> article : articles) {
                lines.append(Json.mapper().writeValueAsString(article)).append('\n');
            }
            return lines.toString().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
