package io.newsstream.deploy.prove;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cases run against the pipeline as separate processes ({@link SplitPipeline}): a third of the way into a
 * load, one process is killed, restarted, stopped or frozen, and every accepted article must still be stored once.
 * The cases share one split pipeline, started by the first and repaired by each, so each pays only for its fault.
 */
public final class SplitFaultCase implements ProofCase {

    /** What happens to the pipeline while the load runs; returns once the pipeline is whole again. */
    @FunctionalInterface
    interface Fault {
        void inject(SplitPipeline pipeline, CaseContext context) throws Exception;
    }

    /** The one split pipeline of a proof run, started when a case first needs it and stopped at the end. */
    public static final class Shared implements AutoCloseable {
        private SplitPipeline pipeline;

        /** The running pipeline; a {@link PipelineUnderProof.NotReadyException} ends the case as not run. */
        synchronized SplitPipeline get(CaseContext context) throws Exception {
            if (pipeline == null) {
                pipeline = SplitPipeline.in(context.settings().jar(), context.dir().resolveSibling("split-pipeline"));
                context.line("starting broker, database, enrich, ingest and sink as processes (logs in %s)",
                        pipeline.logDir());
            }
            // Whatever an earlier case left dead is started again, so one failure does not cascade.
            try {
                pipeline.startMissing(context.settings().readyTimeout());
            } catch (PipelineUnderProof.NotReadyException e) {
                throw new PipelineUnderProof.NotReadyException("the separate processes did not start: " + e.getMessage());
            }
            return pipeline;
        }

        @Override
        public synchronized void close() throws Exception {
            if (pipeline != null) {
                pipeline.close();
                pipeline = null;
            }
        }
    }

    private final String name;
    private final String description;
    private final Shared shared;
    private final Fault fault;

    private SplitFaultCase(String name, String description, Shared shared, Fault fault) {
        this.name = name;
        this.description = description;
        this.shared = shared;
        this.fault = fault;
    }

    /** The six separate-process cases, sharing {@code shared}. */
    public static List<ProofCase> all(Shared shared) {
        return List.of(
                new SplitFaultCase("kill-enrich", "kill -9 of the enrich process mid-load, restart", shared,
                        (pipeline, context) -> restartAfterKill(pipeline, SplitPipeline.ENRICH, context)),
                new SplitFaultCase("kill-sink", "kill -9 of the sink process mid-load, restart", shared,
                        (pipeline, context) -> restartAfterKill(pipeline, SplitPipeline.SINK, context)),
                new SplitFaultCase("broker-restart", "kill -9 of the Kafka broker mid-load, restart on the same data",
                        shared, (pipeline, context) -> restartAfterKill(pipeline, SplitPipeline.BROKER, context)),
                new SplitFaultCase("postgres-stopped", "PostgreSQL shut down for 20 s mid-load, then started again",
                        shared, SplitFaultCase::stopPostgres),
                new SplitFaultCase("postgres-frozen", "PostgreSQL frozen (SIGSTOP) for 30 s mid-load, then thawed",
                        shared, SplitFaultCase::freezePostgres),
                new SplitFaultCase("postgres-crashed", "kill -9 of PostgreSQL mid-load, then started again", shared,
                        SplitFaultCase::crashPostgres));
    }

    private static void restartAfterKill(SplitPipeline pipeline, String process, CaseContext context) throws Exception {
        context.line("kill -9 of %s", process);
        pipeline.child(process).kill();
        Thread.sleep(2_000);
        context.line("starting %s again", process);
        pipeline.child(process).start();
    }

    private static void stopPostgres(SplitPipeline pipeline, CaseContext context) throws Exception {
        context.line("stopping PostgreSQL (SIGTERM to its process, which shuts the server down)");
        pipeline.child(SplitPipeline.DATABASE).stop();
        Thread.sleep(20_000);
        context.line("starting PostgreSQL again");
        pipeline.child(SplitPipeline.DATABASE).start();
    }

    private static void freezePostgres(SplitPipeline pipeline, CaseContext context) throws Exception {
        Postmaster postmaster = pipeline.postmaster()
                .orElseThrow(() -> new IllegalStateException("no running PostgreSQL to freeze"));
        context.line("freezing PostgreSQL (SIGSTOP to pid %d and its backends) for 30 s", postmaster.pid());
        postmaster.signal("STOP");
        try {
            Thread.sleep(30_000);
        } finally {
            postmaster.signal("CONT");
            context.line("PostgreSQL thawed");
        }
    }

    private static void crashPostgres(SplitPipeline pipeline, CaseContext context) throws Exception {
        Postmaster postmaster = pipeline.postmaster()
                .orElseThrow(() -> new IllegalStateException("no running PostgreSQL to crash"));
        context.line("kill -9 of PostgreSQL (pid %d and its backends)", postmaster.pid());
        postmaster.kill();
        Thread.sleep(5_000);
        // The database process does not notice its server died; restarting it starts the server on the same data.
        pipeline.child(SplitPipeline.DATABASE).kill();
        context.line("starting PostgreSQL again (crash recovery on the same data)");
        pipeline.child(SplitPipeline.DATABASE).start();
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
        SplitPipeline pipeline = shared.get(context);
        Ledger ledger = new Ledger();
        try (TopicAudit audit = TopicAudit.fromNow(pipeline.endpoints().bootstrapServers(), ledger)) {
            LoadRun load = LoadRun.start(pipeline.endpoints(), ledger, context.articles(settings.splitArticles()), context);
            Optional<String> faultProblem = Optional.empty();
            if (load.awaitSent(1.0 / 3)) {
                fault.inject(pipeline, context);
                try {
                    pipeline.startMissing(settings.readyTimeout());
                    context.line("all processes ready again");
                } catch (PipelineUnderProof.NotReadyException e) {
                    faultProblem = Optional.of("not ready again after the fault: " + e.getMessage());
                }
            } else {
                faultProblem = Optional.of("the load did not reach a third of its articles; no fault injected");
            }
            LoadDriver driver = load.finish();
            List<String> problems = new ArrayList<>(driver.problems());
            faultProblem.ifPresent(problems::add);
            CaseVerifier verifier = new CaseVerifier(name, ledger, audit, new PipelineHttp(pipeline.endpoints()),
                    context.log());
            CaseVerifier.Drain drain = verifier.drain(settings.stallLimit(), context.deadlineNanos());
            return verifier.result(start, drain, driver.serverErrors(), problems);
        }
    }
}
