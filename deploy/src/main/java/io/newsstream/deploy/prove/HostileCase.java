package io.newsstream.deploy.prove;

import io.newsstream.deploy.prove.hostile.HostileArticles;
import io.newsstream.deploy.prove.hostile.HostileRequest;
import io.newsstream.deploy.prove.hostile.HostileRequestRun;
import io.newsstream.deploy.prove.hostile.HostileRequests;
import io.newsstream.deploy.prove.hostile.HostileRunResult;
import io.newsstream.deploy.prove.hostile.RawHttpClient;
import io.newsstream.deploy.prove.hostile.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

/**
 * Hostile input against ingest and the sink's query API, from the generators of {@code prove.hostile}: every request
 * is sent as raw bytes and its answer judged (a 5xx is a failure, so is a 2xx where only a 4xx is right, and silence
 * where an answer is owed). Whatever ingest accepts must be stored or dead-lettered like any article, and a canary
 * load sent afterwards must go through: bad input may not stall the pipeline for the articles behind it.
 */
public final class HostileCase implements ProofCase {

    private static final int CONNECTIONS = 3;
    private static final int CANARY_ARTICLES = 50;
    private static final int EXAMPLES = 3;

    /** Builds the requests of one case against the pipeline's ingest and sink. */
    private interface Requests {
        List<HostileRequest> generate(long seed, int count, Target ingest, Target sink);
    }

    private final String name;
    private final String description;
    private final Requests requests;
    private final ToIntFunction<ProveSettings> count;
    private final SplitFaultCase.Shared shared;

    private HostileCase(String name, String description, Requests requests, ToIntFunction<ProveSettings> count,
                        SplitFaultCase.Shared shared) {
        this.name = name;
        this.description = description;
        this.requests = requests;
        this.count = count;
        this.shared = shared;
    }

    /** {@code hostile-requests}: malformed and abusive HTTP requests to ingest and to the sink's queries. */
    public static HostileCase requests(SplitFaultCase.Shared shared) {
        return new HostileCase("hostile-requests", "generated hostile HTTP requests to ingest and the sink: no 5xx, no hang",
                HostileRequests::generate, ProveSettings::hostileRequests, shared);
    }

    /** {@code hostile-articles}: well-formed requests carrying articles built to hurt enrich and the sink. */
    public static HostileCase articles(SplitFaultCase.Shared shared) {
        return new HostileCase("hostile-articles",
                "generated hostile articles: each accepted one stored or dead-lettered, the pipeline not stalled",
                (seed, count, ingest, sink) -> HostileRequests.articlePosts(HostileArticles.cases(seed, count), ingest),
                ProveSettings::hostileArticles, shared);
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
        try (TopicAudit audit = TopicAudit.fromNow(endpoints.bootstrapServers(), ledger);
             RawHttpClient client = new RawHttpClient()) {
            List<HostileRequest> sent = requests.generate(context.settings().seed(), count.applyAsInt(context.settings()),
                    new Target("127.0.0.1", endpoints.ingestPort()), new Target("127.0.0.1", endpoints.sinkPort()));
            context.line("sending %d hostile requests", sent.size());
            HostileRunResult result = new HostileRequestRun(client, CONNECTIONS).run(sent, done -> {
                if (done % 1000 == 0) {
                    context.line("sent %d/%d hostile requests", done, sent.size());
                }
            });
            ledger.accepted(result.acceptedIds());
            List<String> problems = new ArrayList<>();
            if (!result.passed()) {
                problems.add(result.failureCount() + " hostile requests answered wrongly (" + result.answered5xx()
                        + " with 5xx), e.g. " + result.failures().stream().limit(EXAMPLES)
                        .map(failure -> failure.name() + ": " + failure.problem()).collect(Collectors.joining("; "))
                        + " (seed " + context.settings().seed() + ")");
            }
            context.line("%d hostile articles accepted; now a canary load of %d valid articles", ledger.acceptedCount(),
                    CANARY_ARTICLES);
            LoadRun canary = LoadRun.start(endpoints, ledger, context.articles(CANARY_ARTICLES), context);
            LoadDriver driver = canary.finish();
            problems.addAll(driver.problems());
            CaseVerifier verifier = new CaseVerifier(name, ledger, audit, new PipelineHttp(endpoints), context.log());
            CaseVerifier.Drain drain = verifier.drain(context.settings().stallLimit(), context.deadlineNanos());
            return verifier.result(start, drain, result.answered5xx() + driver.serverErrors(), problems,
                    CaseVerifier.DeadLetters.EXPECTED);
        }
    }
}
