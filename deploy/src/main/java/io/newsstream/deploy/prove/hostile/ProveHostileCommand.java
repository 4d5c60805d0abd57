package io.newsstream.deploy.prove.hostile;

import io.newsstream.deploy.prove.hostile.HostileRunResult.Accepted;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream prove-hostile}: sends the hostile requests and articles to a running pipeline and judges them. */
@Command(name = "prove-hostile", hidden = true, mixinStandardHelpOptions = true,
        description = {
            "Send generated hostile requests (broken framing, gzip bombs, invalid UTF-8, huge headers, extreme",
            "dates and cursors, NUL characters, SQL injection ...) to ingest and the sink, then hostile articles to",
            "ingest; fail on any 5xx, any 2xx to malformed input, any silence where an answer is owed, and (with",
            "--stored-within) any accepted article the sink does not serve in time. Deterministic for a seed.",
            "Exit codes: 0 no failure, 1 failures."
        })
public final class ProveHostileCommand implements Callable<Integer> {

    @Option(names = "--ingest", required = true, description = "Ingest's base URL, e.g. http://localhost:8080.")
    String ingest;

    @Option(names = "--sink", required = true, description = "The sink's base URL, e.g. http://localhost:8082.")
    String sink;

    @Option(names = "--count", defaultValue = "10000", description = "Hostile requests (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--articles", defaultValue = "1000", description = "Hostile articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "11", description = "Seed of the generators (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--connections", defaultValue = "4", description = "Concurrent connections (default: ${DEFAULT-VALUE}).")
    int connections;

    @Option(names = "--timeout", defaultValue = "10", description = "Connect and read timeout in seconds (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    @Option(names = "--stored-within", defaultValue = "0",
            description = "Seconds to wait for every accepted article to be served by the sink; 0 skips the check.")
    int storedWithinSeconds;

    @Option(names = "--show-failures", defaultValue = "20",
            description = "Failures listed by name and message per run (default: ${DEFAULT-VALUE}); all are counted.")
    int showFailures;

    @Option(names = "--skip-kind", paramLabel = "KIND",
            description = "Leave out requests and articles of this kind (e.g. extreme-date, to see past a sink it stops); repeatable.")
    Set<String> skippedKinds = new HashSet<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Target ingestTarget = Target.parse(ingest);
        Target sinkTarget = Target.parse(sink);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        List<Accepted> accepted = new ArrayList<>();
        int failures = 0;
        try (RawHttpClient client = new RawHttpClient(timeout, timeout)) {
            HostileRequestRun run = new HostileRequestRun(client, connections, showFailures);
            if (count > 0) {
                List<HostileRequest> generated = HostileRequests.generate(seed, count, ingestTarget, sinkTarget)
                        .stream().filter(r -> !skippedKinds.contains(r.kind())).toList();
                HostileRunResult requests = run.run(generated, done -> progress(out, "requests", done,
                        generated.size()));
                HostileRunReport.print("hostile requests (seed " + seed + ")", requests, out);
                accepted.addAll(requests.accepted());
                failures += requests.failureCount();
            }
            if (articles > 0) {
                List<HostileRequest> posts = HostileRequests.articlePosts(HostileArticles.cases(seed, articles).stream()
                        .filter(a -> !skippedKinds.contains(a.kind())).toList(), ingestTarget);
                HostileRunResult articleRun = run.run(posts, done -> progress(out, "articles", done, posts.size()));
                HostileRunReport.print("hostile articles (seed " + seed + ")", articleRun, out);
                accepted.addAll(articleRun.accepted());
                failures += articleRun.failureCount();
            }
        }
        if (storedWithinSeconds > 0 && !accepted.isEmpty()) {
            List<Accepted> missing = new AcceptedArticlesCheck(sinkTarget).missing(accepted,
                    Duration.ofSeconds(storedWithinSeconds));
            long distinct = accepted.stream().map(Accepted::id).distinct().count();
            out.printf("stored: %,d of %,d accepted articles (distinct ids) served by the sink within %d s%n",
                    distinct - missing.size(), distinct, storedWithinSeconds);
            missing.stream().collect(Collectors.groupingBy(Accepted::kind, TreeMap::new,
                    Collectors.counting()))
                    .forEach((kind, n) -> out.printf("  not stored: %-30s %,d%n", kind, n));
            missing.stream().limit(showFailures)
                    .forEach(m -> out.printf("    %s (from %s)%n", m.id(), m.request()));
            failures += missing.size();
        }
        out.printf("%s: %,d failures%n", failures == 0 ? "PASS" : "FAIL", failures);
        return failures == 0 ? 0 : 1;
    }

    private static void progress(PrintWriter out, String what, int done, int total) {
        if (done % 500 == 0 || done == total) {
            synchronized (out) {
                out.printf("  %s: %,d of %,d%n", what, done, total);
                out.flush();
            }
        }
    }
}
