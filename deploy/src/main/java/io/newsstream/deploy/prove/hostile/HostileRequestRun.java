package io.newsstream.deploy.prove.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.json.Json;
import io.newsstream.deploy.prove.hostile.HostileRequest.Expectation;
import io.newsstream.deploy.prove.hostile.HostileRequest.Service;
import io.newsstream.deploy.prove.hostile.HostileRunResult.Accepted;
import io.newsstream.deploy.prove.hostile.HostileRunResult.Failure;
import io.newsstream.deploy.prove.hostile.HostileRunResult.KindTally;
import io.newsstream.deploy.prove.hostile.RawHttpResponse.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Sends hostile requests over a few concurrent connections and judges every answer: a 5xx is always a failure, a
 * 2xx is one where only a 4xx is right, and silence is one where an answer was owed.
 */
public final class HostileRequestRun {

    /** How many failures a result keeps by default with their names and messages (all are counted). */
    public static final int KEPT_FAILURES = 20;
    private static final int MAX_MESSAGE = 300;

    private final RawHttpClient client;
    private final int connections;
    private final int keptFailures;

    public HostileRequestRun(RawHttpClient client, int connections) {
        this(client, connections, KEPT_FAILURES);
    }

    public HostileRequestRun(RawHttpClient client, int connections, int keptFailures) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be at least 1, got " + connections);
        }
        this.client = client;
        this.connections = connections;
        this.keptFailures = keptFailures;
    }

    public HostileRunResult run(List<HostileRequest> requests) throws InterruptedException {
        return run(requests, done -> { });
    }

    /** @param progress told the number of requests done after each one (from the sending threads) */
    public HostileRunResult run(List<HostileRequest> requests, IntConsumer progress) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<Verdict>> verdicts = new ArrayList<>(requests.size());
            for (HostileRequest request : requests) {
                verdicts.add(pool.submit(() -> {
                    Verdict verdict = judge(request, client.send(request));
                    progress.accept(done.incrementAndGet());
                    return verdict;
                }));
            }
            List<Verdict> all = new ArrayList<>(requests.size());
            for (Future<Verdict> verdict : verdicts) {
                all.add(verdict.get());
            }
            return summarise(all, keptFailures);
        } catch (ExecutionException e) {
            throw new IllegalStateException("judging an answer failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One request's answer and what it means; only small parts of the answer are kept. */
    record Verdict(HostileRequest request, int statusClass, String problem, List<String> acceptedIds) {
    }

    static Verdict judge(HostileRequest request, RawHttpResponse response) {
        if (!response.answered()) {
            boolean failed = request.answerOwed() || response.outcome() == Outcome.CONNECT_FAILED;
            String problem = failed ? "no answer (" + response.outcome().name().toLowerCase() + "): "
                    + response.problem() : null;
            return new Verdict(request, 0, problem, List.of());
        }
        int statusClass = response.status() < 0 ? -1 : response.statusClass();
        String said = response.status() + " " + shortened(response.body().isEmpty() ? response.problem()
                : response.body());
        if (response.status() == 505 && !speaksHttp1(request)) {
            // RFC 9110's refusal of a request line in another protocol version (one without a version reads as
            // HTTP/0.9): a refusal, like a 4xx, not a server error.
            return new Verdict(request, 4, null, List.of());
        }
        if (statusClass == 5) {
            return new Verdict(request, statusClass, "5xx to hostile input: " + said, List.of());
        }
        if (statusClass != 2 && statusClass != 4) {
            return new Verdict(request, statusClass, "neither 2xx nor 4xx: " + said, List.of());
        }
        if (statusClass == 2 && request.expectation() == Expectation.MUST_BE_4XX) {
            List<String> ids;
            try {
                ids = acceptedIds(response);
            } catch (IllegalArgumentException e) {
                ids = List.of();
            }
            return new Verdict(request, statusClass, "accepted malformed input: " + said, ids);
        }
        if (statusClass == 2 && request.service() == Service.INGEST) {
            try {
                return new Verdict(request, statusClass, null, acceptedIds(response));
            } catch (IllegalArgumentException e) {
                return new Verdict(request, statusClass, e.getMessage() + ": " + said, List.of());
            }
        }
        return new Verdict(request, statusClass, null, List.of());
    }

    private static boolean speaksHttp1(HostileRequest request) {
        byte[] bytes = request.bytes();
        int end = 0;
        while (end < bytes.length && bytes[end] != '\r' && bytes[end] != '\n') {
            end++;
        }
        String requestLine = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        return requestLine.endsWith(" HTTP/1.1") || requestLine.endsWith(" HTTP/1.0");
    }

    /** The ids of the answer's {@code accepted} list ({@code {"accepted": [{"id": "...", "line": 1}], ...}}). */
    static List<String> acceptedIds(RawHttpResponse response) {
        if (!response.body().strip().startsWith("{")) {
            return List.of(); // a sink answer, or nothing to read
        }
        JsonNode answer;
        try {
            answer = Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalArgumentException("2xx answer is not JSON");
        }
        JsonNode accepted = answer.path("accepted");
        if (!accepted.isArray()) {
            throw new IllegalArgumentException("2xx answer has no accepted list");
        }
        List<String> ids = new ArrayList<>();
        accepted.forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }

    private static HostileRunResult summarise(List<Verdict> verdicts, int keptFailures) {
        int[] byClass = new int[7];
        int failureCount = 0;
        List<Failure> failures = new ArrayList<>();
        Map<String, KindTally> byKind = new LinkedHashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        for (Verdict v : verdicts) {
            byClass[v.statusClass() >= 0 && v.statusClass() <= 5 ? v.statusClass() : 6]++;
            boolean failed = v.problem() != null;
            if (failed) {
                failureCount++;
                if (failures.size() < keptFailures) {
                    failures.add(new Failure(v.request().name(), v.request().kind(), v.problem()));
                }
            }
            String kind = v.request().service().name().toLowerCase() + "." + v.request().kind();
            byKind.put(kind, byKind.getOrDefault(kind, KindTally.EMPTY).plus(v.statusClass(), failed));
            v.acceptedIds().forEach(id -> accepted.add(new Accepted(id, v.request().name(), v.request().kind())));
        }
        return new HostileRunResult(verdicts.size(), byClass[2], byClass[4], byClass[5],
                byClass[1] + byClass[3] + byClass[6], byClass[0], failureCount, failures, byKind, accepted);
    }

    private static String shortened(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() > MAX_MESSAGE ? oneLine.substring(0, MAX_MESSAGE) + "..." : oneLine;
    }
}
