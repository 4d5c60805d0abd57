package io.newsstream.deploy.prove;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
        try (LocalModeProcess local = LocalModeProcess.in(settings.jar(), context.dir())) {
            context.line("starting local mode (logs in %s)", local.logDir());
            local.start();
            try {
                local.awaitReady(settings.readyTimeout());
            } catch (PipelineUnderProof.NotReadyException e) {
                throw new PipelineUnderProof.NotReadyException("local mode did not start: " + e.getMessage());
            }
            Ledger ledger = new Ledger();
            try (TopicAudit audit = TopicAudit.fromNow(local.endpoints().bootstrapServers(), ledger)) {
                LoadRun load = LoadRun.start(local.endpoints(), ledger, context.articles(settings.articles()), context);
                Optional<String> faultProblem = inject(local, load, audit, ledger, context);
                faultProblem.ifPresent(problem -> load.abandon());
                LoadDriver driver = load.finish();
                List<String> problems = new ArrayList<>(driver.problems());
                faultProblem.ifPresent(problems::add);
                CaseVerifier verifier = new CaseVerifier(name, ledger, audit, new PipelineHttp(local.endpoints()),
                        context.log());
                CaseVerifier.Drain drain = faultProblem.isPresent()
                        ? new CaseVerifier.Drain(false, "not waited for: the pipeline is not running")
                        : verifier.drain(settings.stallLimit(), context.deadlineNanos());
                return verifier.result(start, drain, driver.serverErrors(), problems);
            }
        }
    }

    /** Injects the case's fault and restarts; a problem when the fault could not be injected or the restart failed. */
    private Optional<String> inject(LocalModeProcess local, LoadRun load, TopicAudit audit, Ledger ledger,
                                    CaseContext context) throws Exception {
        switch (fault) {
            case NONE:
                return Optional.empty();
            case KILL_DURING_INGEST:
                if (!load.awaitSent(1.0 / 3) || load.sent() >= load.total()) {
                    return Optional.of("the load was not a third and less than all sent; no fault injected");
                }
                context.line("kill -9 of local mode after %d/%d articles posted", load.sent(), load.total());
                local.kill();
                break;
            case KILL_DURING_BACKLOG:
                if (!load.awaitSent(1.0)) {
                    return Optional.of("the load was not all sent; no fault injected");
                }
                audit.catchUp(Duration.ofSeconds(5));
                Ledger.Tally before = ledger.tally();
                context.line("kill -9 of local mode and its PostgreSQL with %d/%d articles enriched so far",
                        before.enriched(), before.accepted());
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
            context.line("restart failed: %s", e.getMessage().lines().findFirst().orElse(""));
            return Optional.of("restart after kill -9 did not become ready: " + e.getMessage());
        }
        context.line("local mode ready again after %.0f s", (System.nanoTime() - restarting) / 1e9);
        return Optional.empty();
    }
}
