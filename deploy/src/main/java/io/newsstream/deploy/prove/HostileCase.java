package io.newsstream.deploy.prove;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Hostile input against ingest: every generated request is sent as raw bytes and its answer classified. A 5xx is
 * a failure (bad input must get a 4xx), and so is a request left without an answer. Whatever ingest accepts must be
 * stored or dead-lettered like any article, and a canary load sent afterwards must go through: bad input may not
 * stall the pipeline for the articles behind it.
 */
public final class HostileCase implements ProofCase {

    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final int CANARY_ARTICLES = 50;
    private static final int EXAMPLES = 3;

    private final String name;
    private final String description;
    private final HostileInput input;
    private final ToIntFunction<ProveSettings> count;
    private final SplitFaultCase.Shared shared;

    private HostileCase(String name, String description, HostileInput input, ToIntFunction<ProveSettings> count,
                        SplitFaultCase.Shared shared) {
        this.name = name;
        this.description = description;
        this.input = input;
        this.count = count;
        this.shared = shared;
    }

    /** {@code hostile-requests}: malformed and abusive HTTP requests. */
    public static HostileCase requests(HostileInput input, SplitFaultCase.Shared shared) {
        return new HostileCase("hostile-requests", "generated hostile HTTP requests to ingest: no 5xx, no hang",
                input, ProveSettings::hostileRequests, shared);
    }

    /** {@code hostile-articles}: well-formed requests carrying articles built to hurt enrich and the sink. */
    public static HostileCase articles(HostileInput input, SplitFaultCase.Shared shared) {
        return new HostileCase("hostile-articles",
                "generated hostile articles: each accepted one stored or dead-lettered, the pipeline not stalled",
                input, ProveSettings::hostileArticles, shared);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public CaseResult run(CaseContext context) throws Exception {
        long start = System.nanoTime();
        SplitPipeline pipeline = shared.get(context);
        Endpoints endpoints = pipeline.endpoints();
        Ledger ledger = new Ledger();
        try (TopicAudit audit = TopicAudit.fromNow(endpoints.bootstrapServers(), ledger)) {
            List<byte[]> requests = input.generate(context.settings().seed(), count.applyAsInt(context.settings()),
                    "127.0.0.1", endpoints.ingestPort());
            context.line("sending %d hostile requests", requests.size());
            List<String> problems = new ArrayList<>();
            int serverErrors = send(requests, endpoints, ledger, problems, context);
            context.line("%d hostile articles accepted; now a canary load of %d valid articles", ledger.acceptedCount(),
                    CANARY_ARTICLES);
            LoadRun canary = LoadRun.start(endpoints, ledger, context.articles(CANARY_ARTICLES), context);
            LoadDriver driver = canary.finish();
            problems.addAll(driver.problems());
            CaseVerifier verifier = new CaseVerifier(name, ledger, audit, new PipelineHttp(endpoints), context.log());
            CaseVerifier.Drain drain = verifier.drain(context.settings().stallLimit(), context.deadlineNanos());
            return verifier.result(start, drain, serverErrors + driver.serverErrors(), problems,
                    CaseVerifier.DeadLetters.EXPECTED);
        }
    }

    private static int send(List<byte[]> requests, Endpoints endpoints, Ledger ledger, List<String> problems,
                            CaseContext context) throws IOException {
        int serverErrors = 0;
        int unanswered = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            if (System.nanoTime() > context.deadlineNanos()) {
                problems.add("time is up after " + i + " of " + requests.size() + " hostile requests");
                break;
            }
            RawHttpExchange.Answer answer = RawHttpExchange.send("127.0.0.1", endpoints.ingestPort(), requests.get(i),
                    ANSWER_TIMEOUT);
            if (answer.status() >= 500) {
                serverErrors++;
                if (examples.size() < EXAMPLES) {
                    examples.add("request " + i + " answered " + answer.status());
                }
            } else if (answer.status() == RawHttpExchange.NO_ANSWER) {
                unanswered++;
            } else if (answer.status() == 202) {
                bookAccepted(answer.body(), ledger);
            }
            if ((i + 1) % 1000 == 0) {
                context.line("sent %d/%d hostile requests (%d answered 5xx)", i + 1, requests.size(), serverErrors);
            }
        }
        if (serverErrors > 0) {
            problems.add(serverErrors + " hostile requests answered 5xx, e.g. " + String.join("; ", examples)
                    + " (seed " + context.settings().seed() + ")");
        }
        if (unanswered > 0) {
            problems.add(unanswered + " hostile requests got no answer within " + ANSWER_TIMEOUT.toSeconds() + " s");
        }
        return serverErrors;
    }

    private static void bookAccepted(byte[] body, Ledger ledger) {
        try {
            List<String> ids = new ArrayList<>();
            JsonNode answer = Json.mapper().readTree(body);
            answer.path("accepted").forEach(entry -> ids.add(entry.path("id").asText()));
            ledger.accepted(ids);
        } catch (IOException e) {
            // A 202 whose body is not the documented answer cannot be booked; the contract tests catch that.
        }
    }
}
