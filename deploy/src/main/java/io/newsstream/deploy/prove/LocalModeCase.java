package io.newsstream.deploy.prove;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The cases run against {@code newsstream local} as one child process: a clean load, and {@code kill -9} of the
 * whole local mode while articles are being posted or while enrich still has a backlog, then a restart on the
 * same data and ports.
 */
public final class LocalModeCase implements ProofCase {

    /** When local mode is killed, and whether its PostgreSQL goes down with it. */
    public enum Fault {
        /** No fault: the baseline every other case is compared with. */
        NONE,
        /** {@code kill -9} of the JVM a third of the way into the load; PostgreSQL keeps running, as after a process crash. */
        KILL_DURING_INGEST,
        /** Everything posted, then {@code kill -9} of the JVM and of PostgreSQL while enrich is behind, as after a power cut. */
        KILL_DURING_BACKLOG
    }

    private final String name;
    private final String description;
    private final Fault fault;

    private LocalModeCase(String name, String description, Fault fault) {
        this.name = name;
        this.description = description;
        this.fault = fault;
    }

    public static LocalModeCase load() {
        return new LocalModeCase("load", "N articles through local mode, no fault", Fault.NONE);
    }

    public static LocalModeCase killDuringIngest() {
        return new LocalModeCase("kill-local-during-ingest",
                "kill -9 of local mode while the load is posted (its PostgreSQL left running), restart, finish the load",
                Fault.KILL_DURING_INGEST);
    }

    public static LocalModeCase killDuringBacklog() {
        return new LocalModeCase("kill-local-during-backlog",
                "post the load quickly, kill -9 of local mode and its PostgreSQL while enrich has a backlog, restart",
                Fault.KILL_DURING_BACKLOG);
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
        ProveSettings settings = context.settings();
        List<Map<String, String>> articles = context.articles(settings.articles());
        try (LocalModeProcess local = LocalModeProcess.in(settings.jar(), context.dir())) {
            context.line("starting local mode (logs in %s)", local.logDir());
            local.start();
            try {
                local.awaitReady(settings.readyTimeout());
            } catch (PipelineUnderProof.NotReadyException e) {
                return CaseResult.aborted(name, seconds(start), "local mode did not start: " + e.getMessage());
            }
            Ledger ledger = new Ledger();
            PipelineHttp http = new PipelineHttp(local.endpoints());
            try (TopicAudit audit = TopicAudit.fromNow(local.endpoints().bootstrapServers(), ledger)) {
                LoadDriver driver = new LoadDriver(local.endpoints().ingestUrl(), ledger);
                List<String> problems = new ArrayList<>();
                Thread sender = new Thread(() -> send(driver, articles, context), name + "-load");
                sender.start();
                Optional<String> restartProblem = inject(local, driver, sender, audit, ledger, articles.size(), context);
                restartProblem.ifPresent(problem -> {
                    problems.add(problem);
                    driver.stop();
                });
                sender.join(Math.max(1, (context.deadlineNanos() - System.nanoTime()) / 1_000_000));
                driver.stop();
                sender.join();
                problems.addAll(driver.problems());
                context.line("posted %d/%d articles (%d accepted ids, %d resends)", driver.sent(), articles.size(),
                        ledger.acceptedCount(), driver.retries());
                CaseVerifier verifier = new CaseVerifier(name, ledger, audit, http, context.log());
                CaseVerifier.Drain drain = restartProblem.isPresent()
                        ? new CaseVerifier.Drain(false, "not waited for: the pipeline is not running")
                        : verifier.drain(settings.stallLimit(), context.deadlineNanos());
                return verifier.result(start, drain, driver.serverErrors(), problems);
            }
        }
    }

    private void send(LoadDriver driver, List<Map<String, String>> articles, CaseContext context) {
        try {
            driver.send(articles, context.settings().batchSize(), context.deadlineNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Injects the case's fault and restarts; a problem when the restart does not come up. */
    private Optional<String> inject(LocalModeProcess local, LoadDriver driver, Thread sender, TopicAudit audit, Ledger ledger,
                                    int total, CaseContext context) throws Exception {
        switch (fault) {
            case NONE:
                return Optional.empty();
            case KILL_DURING_INGEST:
                if (!waitFor(() -> driver.sent() >= total / 3 || !sender.isAlive(), context) || driver.sent() >= total) {
                    return Optional.of("the load ended before or never reached a third of its articles; no fault injected");
                }
                context.line("kill -9 of local mode after %d/%d articles posted", driver.sent(), total);
                local.kill();
                break;
            case KILL_DURING_BACKLOG:
                if (!waitFor(() -> !sender.isAlive(), context) || driver.sent() < total) {
                    return Optional.of("the load was not posted before the deadline; no fault injected");
                }
                audit.catchUp(Duration.ofSeconds(5));
                Ledger.Tally before = ledger.tally();
                context.line("kill -9 of local mode and its PostgreSQL with enrich at %d/%d, sink at %d/%d",
                        before.enriched(), before.accepted(), before.stored(), before.accepted());
                Optional<Postmaster> postgres = local.postmaster();
                local.kill();
                if (postgres.isPresent()) {
                    postgres.get().kill();
                }
                break;
            default:
                throw new IllegalStateException("unknown fault " + fault);
        }
        context.line("restarting local mode on the same data");
        long restarting = System.nanoTime();
        local.start();
        try {
            local.awaitReady(context.settings().readyTimeout());
        } catch (PipelineUnderProof.NotReadyException e) {
            context.line("restart failed: %s", firstLine(e.getMessage()));
            return Optional.of("restart after kill -9 did not become ready: " + e.getMessage());
        }
        context.line("local mode ready again after %.0f s", seconds(restarting));
        return Optional.empty();
    }

    private static boolean waitFor(BooleanSupplier condition, CaseContext context)
            throws InterruptedException {
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > context.deadlineNanos()) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " …";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
