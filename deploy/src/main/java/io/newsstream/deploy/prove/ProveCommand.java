package io.newsstream.deploy.prove;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsstream prove}: the proof suite of issue 11, faults and hostile input against real processes. */
@Command(name = "prove", mixinStandardHelpOptions = true,
        description = {
            "Prove the pipeline keeps every article it accepts. Starts local mode, and the",
            "services as separate processes, as child processes on free loopback ports;",
            "runs each case bounded in time; prints one table (case, accepted, stored,",
            "duplicates, lost, DLQ, 5xx, stalled). Exits 1 on any loss, duplicate, 5xx or",
            "stall, and then keeps the work directory with every child's log.",
            "",
            "Cases (--cases NAME,...):",
            "  load                       N articles through local mode, no fault",
            "  kill-local-during-ingest   kill -9 of local mode while posting (its",
            "                             PostgreSQL left running), restart",
            "  kill-local-during-backlog  kill -9 of local mode and its PostgreSQL while",
            "                             enrich is behind, restart",
            "  kill-enrich, kill-sink     kill -9 of that service's process mid-load",
            "  broker-restart             kill -9 of the broker (newsstream broker)",
            "  postgres-stopped           PostgreSQL (newsstream database) down for 20 s",
            "  postgres-frozen            PostgreSQL SIGSTOPped for 30 s, then SIGCONT",
            "  postgres-crashed           PostgreSQL killed (-9), then crash recovery",
            "  sse-readers                readers of /v1/stream hang up once and resume",
            "                             with Last-Event-ID: each gets every article once",
            "  hostile-requests           generated malformed and abusive requests to ingest",
            "                             and the sink's queries: a 4xx each, never a 5xx",
            "  hostile-articles           generated extreme articles: each accepted one stored",
            "                             or dead-lettered, valid articles behind them too",
            "The separate-process cases share one pipeline of five processes and send",
            "fewer articles each (sse-readers at most 1,000). A stall is nothing",
            "progressing for 60 s (--quick) or 120 s while articles are missing.",
            ""
        })
public final class ProveCommand implements Callable<Integer> {

    @Option(names = "--quick", description = {"CI size: 1,000 articles per local-mode case, 250 per separate-process",
        "case, 50 stream readers, 2,000 hostile requests and 200 hostile articles;",
        "under 10 minutes on 2 cores."})
    boolean quick;

    @Option(names = "--articles", paramLabel = "N", description = {"Articles per local-mode case, a quarter of it per separate-process case",
        "(default: 20000 and 5000, or 1000 and 250 with --quick)."})
    Integer articles;

    @Option(names = "--cases", paramLabel = "NAME", split = ",", description = "Only these cases (default: all).")
    List<String> cases = new ArrayList<>();

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the cases keep their data and logs (default: a new temporary directory).")
    Path workDir;

    @Option(names = "--keep", description = "Keep the work directory even when every case passed.")
    boolean keep;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the generated articles and inputs (default: ${DEFAULT-VALUE}).")
    long seed = 11;

    @Option(names = "--jar", paramLabel = "FILE",
            description = "The newsstream.jar the cases run as child processes (default: the one running this command).")
    Path jar;

    @Override
    public Integer call() throws Exception {
        SplitFaultCase.Shared split = new SplitFaultCase.Shared();
        List<ProofCase> chosen = ProofCases.select(cases, split);
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("newsstream-prove-");
        Path runJar = jar != null ? jar : ownJar();
        ProveSettings settings = quick ? ProveSettings.quick(runJar, dir, seed) : ProveSettings.full(runJar, dir, seed);
        if (articles != null) {
            settings = settings.withArticles(articles);
        }
        ProgressLog log = new ProgressLog(System.out);
        log.line("newsstream prove%s: %d case(s), %d articles per load, work directory %s", quick ? " --quick" : "",
                chosen.size(), settings.articles(), dir);
        List<CaseResult> results;
        try (split) {
            results = new ProofRun(settings, log).run(chosen);
        }
        System.out.println();
        System.out.print(ResultTable.format(results));
        boolean passed = results.stream().allMatch(CaseResult::passed);
        if (passed && !keep) {
            deleteRecursively(dir);
        } else {
            System.out.println("Logs and data of every case: " + dir);
        }
        return passed ? 0 : 1;
    }

    private static Path ownJar() throws URISyntaxException {
        Path location = Path.of(ProveCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!location.toString().endsWith(".jar")) {
            throw new IllegalArgumentException("not running from newsstream.jar (but " + location
                    + "): pass --jar deploy/target/newsstream.jar");
        }
        return location;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
