package io.newsstream.lab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A subscriber of the sink's {@code GET /v1/stream} that records, for each stored article whose URL starts with a
 * prefix, its end-to-end latency: arrival of the event here minus the article's {@code receivedAt} (stamped by
 * ingest on this same machine, so the clocks agree). It reads on its own thread, so a busy load generator never
 * holds events back.
 */
public final class StreamLatencyProbe implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final String urlPrefix;
    private final LatencyRecorder latencies;
    private final AtomicInteger stored = new AtomicInteger();
    private final CountDownLatch connected = new CountDownLatch(1);
    private volatile long lastArrivalNanos;
    private volatile String failure;
    private volatile Stream<String> lines;

    private StreamLatencyProbe(String urlPrefix, int capacity) {
        this.urlPrefix = urlPrefix;
        this.latencies = new LatencyRecorder(capacity);
    }

    /**
     * Subscribes and returns once the sink has registered the subscription (its {@code : connected} comment), so
     * every article stored afterwards is seen.
     *
     * @param capacity how many latencies to keep at most
     */
    public static StreamLatencyProbe subscribe(HttpClient http, String sinkUrl, String urlPrefix, int capacity)
            throws InterruptedException {
        StreamLatencyProbe probe = new StreamLatencyProbe(urlPrefix, capacity);
        HttpRequest request = HttpRequest.newBuilder(URI.create(sinkUrl + "/v1/stream"))
                .header("Accept", "text/event-stream")
                .GET()
                .build();
        Thread reader = new Thread(() -> probe.read(http, request), "stream-latency-probe");
        reader.setDaemon(true);
        reader.start();
        if (!probe.connected.await(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS) || probe.failure != null) {
            probe.close();
            throw new IllegalStateException("cannot subscribe to " + sinkUrl + "/v1/stream: "
                    + (probe.failure == null ? "no answer within " + CONNECT_TIMEOUT.toSeconds() + "s" : probe.failure));
        }
        return probe;
    }

    private void read(HttpClient http, HttpRequest request) {
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            lines = response.body();
            if (response.statusCode() != 200) {
                failure = "sink answered " + response.statusCode();
                return;
            }
            boolean articleEvent = false;
            for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                String line = it.next();
                if (line.startsWith(":")) {
                    connected.countDown();
                    if (line.startsWith(": dropped")) {
                        failure = "the sink dropped this subscriber as too slow";
                    }
                } else if (line.startsWith("event:")) {
                    articleEvent = line.substring(6).strip().equals("article");
                } else if (line.startsWith("data:") && articleEvent) {
                    // Taken before parsing, so the probe's own work is not counted as pipeline latency.
                    Instant arrival = Instant.now();
                    long arrivalNanos = System.nanoTime();
                    record(Json.mapper().readTree(line.substring(5).strip()), arrival, arrivalNanos);
                } else if (line.isEmpty()) {
                    articleEvent = false;
                }
            }
        } catch (IOException e) {
            if (failure == null) {
                failure = "stream failed: " + e.getMessage();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = "stream failed: " + e;
        } finally {
            connected.countDown();
        }
    }

    private void record(JsonNode article, Instant arrival, long arrivalNanos) {
        if (!article.path("url").asText("").startsWith(urlPrefix)) {
            return;
        }
        Instant receivedAt = Instant.parse(article.path("receivedAt").asText());
        latencies.record(Duration.between(receivedAt, arrival).toNanos());
        lastArrivalNanos = arrivalNanos;
        stored.incrementAndGet();
    }

    /** Articles with the prefix seen so far. */
    public int stored() {
        return stored.get();
    }

    /** Waits until {@code expected} articles were seen; false when the time ran out or the stream ended first. */
    public boolean awaitStored(int expected, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stored.get() < expected) {
            if (System.nanoTime() > deadline || failure != null) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** {@link System#nanoTime()} when the last matching article arrived. */
    public long lastArrivalNanos() {
        return lastArrivalNanos;
    }

    public LatencyRecorder latencies() {
        return latencies;
    }

    /** Why the stream ended early, if it did. */
    public String failure() {
        return failure;
    }

    @Override
    public void close() {
        Stream<String> open = lines;
        if (open != null) {
            open.close();
        }
    }
}
