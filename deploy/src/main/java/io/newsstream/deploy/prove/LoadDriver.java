package io.newsstream.deploy.prove;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts articles to ingest in NDJSON batches the way a careful feeder does: each batch until ingest answers it,
 * waiting through refused connections and 503s while the pipeline is down, and books every id answered 202 in the
 * ledger. A batch whose answer was lost is sent again; the ids are stable, so that is no duplicate.
 */
public final class LoadDriver {

    private static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final int MAX_SERVER_ERRORS_PER_BATCH = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI endpoint;
    private final Ledger ledger;
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger retries = new AtomicInteger();
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final List<String> problems = new ArrayList<>();
    private volatile boolean stopped;

    public LoadDriver(String ingestUrl, Ledger ledger) {
        this.endpoint = URI.create(ingestUrl + "/v1/articles");
        this.ledger = ledger;
    }

    /**
     * Sends every article in batches of {@code batchSize}, one batch at a time, until all are answered, the
     * deadline passes or {@link #stop()} is called; what could not be sent is a problem.
     */
    public void send(List<Map<String, String>> articles, int batchSize, long deadlineNanos) throws InterruptedException {
        for (int start = 0; start < articles.size(); start += batchSize) {
            List<Map<String, String>> batch = articles.subList(start, Math.min(articles.size(), start + batchSize));
            if (!sendBatch(ndjson(batch), batch.size(), deadlineNanos)) {
                problem((articles.size() - start) + " of " + articles.size() + " articles not sent: "
                        + (stopped ? "stopped" : "deadline passed while ingest did not accept them"));
                return;
            }
            sent.addAndGet(batch.size());
        }
    }

    private boolean sendBatch(byte[] body, int articles, long deadlineNanos) throws InterruptedException {
        int serverErrorsHere = 0;
        while (!stopped && System.nanoTime() < deadlineNanos) {
            try {
                HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(endpoint)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/x-ndjson")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(), HttpResponse.BodyHandlers.ofByteArray());
                int status = answer.statusCode();
                if (status == 202) {
                    book(Json.mapper().readTree(answer.body()), articles);
                    return true;
                }
                if (status >= 500 && status != 503) {
                    // 503 is ingest's documented answer while Kafka does not acknowledge: retry. Any other 5xx is a bug.
                    serverErrors.incrementAndGet();
                    if (++serverErrorsHere >= MAX_SERVER_ERRORS_PER_BATCH) {
                        problem("ingest answered " + status + " to the same valid batch " + serverErrorsHere + " times: "
                                + text(answer.body()));
                        return true;
                    }
                } else if (status != 503) {
                    problem("ingest answered " + status + " to a valid batch: " + text(answer.body()));
                    return true;
                }
            } catch (IOException e) {
                // Refused or cut off while the pipeline is down: the batch's fate is unknown, so it goes again.
            }
            retries.incrementAndGet();
            Thread.sleep(RETRY_PAUSE.toMillis());
        }
        return false;
    }

    private void book(JsonNode answer, int articles) {
        List<String> ids = new ArrayList<>();
        answer.path("accepted").forEach(entry -> ids.add(entry.path("id").asText()));
        ledger.accepted(ids);
        JsonNode rejected = answer.path("rejected");
        if (ids.size() != articles || !rejected.isEmpty()) {
            problem("ingest accepted " + ids.size() + " of a valid batch of " + articles + "; rejected: " + rejected);
        }
    }

    private static byte[] ndjson(List<Map<String, String>> batch) {
        StringBuilder body = new StringBuilder();
        try {
            for (Map<String, String> article : batch) {
                body.append(Json.mapper().writeValueAsString(article)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an article as JSON", e);
        }
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    private synchronized void problem(String problem) {
        problems.add(problem);
    }

    /** Makes {@link #send} give up after the batch in flight. */
    public void stop() {
        stopped = true;
    }

    /** Articles in batches ingest answered 202. */
    public int sent() {
        return sent.get();
    }

    /** Times a batch was sent again after a refused connection, a lost answer or a 503. */
    public int retries() {
        return retries.get();
    }

    /** 5xx answers other than 503. */
    public int serverErrors() {
        return serverErrors.get();
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }
}
