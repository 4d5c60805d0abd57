package io.newsstream.deploy;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.config.Settings;
import io.newsstream.deploy.bench.BatchWriter;
import io.newsstream.deploy.bench.EnrichedSyntheticArticles;
import io.newsstream.deploy.bench.LoadResult;
import io.newsstream.deploy.bench.MaxRateLoad;
import io.newsstream.deploy.bench.PipelineLoad;
import io.newsstream.deploy.bench.PlainInsertBaseline;
import io.newsstream.deploy.bench.SendPacer;
import io.newsstream.deploy.bench.SinkWriteLoad;
import io.newsstream.deploy.bench.SteadyRateLoad;
import io.newsstream.deploy.bench.StreamLatencyProbe;
import io.newsstream.deploy.bench.SyntheticArticles;
import io.newsstream.deploy.local.LocalPipeline;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.deploy.local.PipelineClient;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.store.Database;
import io.newsstream.sink.store.EmbeddedDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import javax.sql.DataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream bench-pipeline}: the sink's write throughput and the whole pipeline's end-to-end latency. */
@Command(name = "bench-pipeline", mixinStandardHelpOptions = true,
        description = {
            "Benchmark the sink and the whole pipeline on this machine.",
            "",
            "1. Sink throughput: enriches --articles synthetic 3-5 KB articles once",
            "   (not timed), starts an embedded PostgreSQL and writes them with the",
            "   sink's own ArticleStore.upsert, --batch-size per transaction, beside",
            "   a baseline of plain JDBC-batched inserts of the same JSON documents",
            "   into a table of just id and JSONB. Prints articles/s, batch latency",
            "   and the ratio to the baseline, for new articles and for replacing",
            "   them (as a re-enrichment does).",
            "",
            "2. End to end: starts the whole local pipeline (embedded Kafka, enrich,",
            "   ingest, sink) on free ports, subscribes to the sink's /v1/stream and",
            "   records for each stored article its event's arrival minus its",
            "   receivedAt (stamped by ingest). First a steady load of single JSON",
            "   posts at --rate for --seconds, scheduled up front (sends starting",
            "   over 10 ms late are counted); then a maximum-rate run of NDJSON",
            "   batches of --ndjson-batch for --max-seconds, sending while fewer than",
            "   --max-in-flight accepted articles are not yet stored. Prints stored",
            "   articles/s and p50/p90/p99/max end-to-end latency.",
            "",
            "The load generator shares the process and the cores with the pipeline.",
            ""
        })
final class BenchPipelineCommand implements Callable<Integer> {

    private static final String BENCH_URL = "https://bench.newsstream.example/";
    private static final long LATE_NANOS = Duration.ofMillis(10).toNanos();
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);
    private static final int WARM_UP_ARTICLES = 500;

    @Option(names = "--articles", defaultValue = "4000", description = "Articles written in each sink run (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--batch-size", defaultValue = "500", description = "Articles per sink transaction, as the consumer's poll (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--rate", defaultValue = "200", description = "Articles/s of the steady load (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--seconds", defaultValue = "20", description = "Length of the steady load (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--max-seconds", defaultValue = "20", description = "Length of the maximum-rate run (default: ${DEFAULT-VALUE}).")
    double maxSeconds;

    @Option(names = "--ndjson-batch", defaultValue = "100", description = "Articles per request in the maximum-rate run (default: ${DEFAULT-VALUE}).")
    int ndjsonBatch;

    @Option(names = "--max-in-flight", defaultValue = "1000", description = "Accepted but not yet stored articles the maximum-rate run allows (default: ${DEFAULT-VALUE}).")
    int maxInFlight;

    @Option(names = "--threads", defaultValue = "4", description = "Client threads sending to ingest (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--skip-sink", description = "Skip the sink throughput part.")
    boolean skipSink;

    @Option(names = "--skip-pipeline", description = "Skip the end-to-end part.")
    boolean skipPipeline;

    @Spec
    CommandSpec spec;

    private PrintWriter out;

    @Override
    public Integer call() throws Exception {
        out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("newsstream-bench-pipeline");
        boolean complete = true;
        try {
            if (!skipSink) {
                sinkThroughput(dir.resolve("sink-postgres"));
            }
            if (!skipPipeline) {
                complete = endToEnd(dir.resolve("pipeline"));
            }
        } finally {
            deleteQuietly(dir);
        }
        return complete ? 0 : 1;
    }

    private void sinkThroughput(Path postgresDir) throws IOException, SQLException {
        progress("Enriching %,d synthetic articles with enrich's steps (not timed)...", articles + WARM_UP_ARTICLES);
        List<EnrichedArticle> warmUp = EnrichedSyntheticArticles.generate(WARM_UP_ARTICLES, 11, "sink-warmup");
        List<EnrichedArticle> enriched = EnrichedSyntheticArticles.generate(articles, 12, "sink");
        try (EmbeddedDatabase postgres = EmbeddedDatabase.start(postgresDir);
             Database database = Database.using(postgres.dataSource())) {
            DataSource dataSource = database.dataSource();
            ArticleStore store = new ArticleStore(dataSource);
            BatchWriter upsert = store::upsert;
            BatchWriter plain = PlainInsertBaseline.create(dataSource);
            progress("Warming up both writers (JIT, PostgreSQL caches)...");
            SinkWriteLoad.run("warm-up", warmUp, batchSize, plain);
            SinkWriteLoad.run("warm-up", warmUp, batchSize, upsert);
            progress("Writing %,d articles in transactions of %d...", articles, batchSize);
            List<LoadResult> results = new ArrayList<>();
            // A checkpoint before each run, so no run pays for flushing the previous one's writes.
            checkpoint(dataSource);
            LoadResult baseline = SinkWriteLoad.run("plain batched insert", enriched, batchSize, plain);
            results.add(baseline);
            checkpoint(dataSource);
            results.add(SinkWriteLoad.run("sink upsert (new)", enriched, batchSize, upsert));
            checkpoint(dataSource);
            results.add(SinkWriteLoad.run("sink upsert (replace)", enriched, batchSize, upsert));
            out.println();
            out.print(sinkTable(results, baseline));
            out.println();
            out.flush();
        }
    }

    static String sinkTable(List<LoadResult> results, LoadResult baseline) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-24s %9s %8s %11s %14s %14s %12s%n",
                "sink write", "articles", "batches", "articles/s", "batch p50 ms", "batch p99 ms", "vs plain"));
        for (LoadResult r : results) {
            table.append(String.format(Locale.ROOT, "%-24s %,9d %,8d %,11.0f %14.1f %14.1f %11.2fx%n",
                    r.mode(), r.articles(), r.requests(), r.articlesPerSecond(), r.latencies().percentileMillis(0.50),
                    r.latencies().percentileMillis(0.99), r.articlesPerSecond() / baseline.articlesPerSecond()));
        }
        return table.toString();
    }

    private boolean endToEnd(Path dataDir) throws Exception {
        progress("Starting the pipeline (embedded Kafka, PostgreSQL, enrich, ingest, sink)...");
        try (LocalPipeline pipeline = LocalPipeline.start(pipelineSettings(dataDir), dataDir, 0)) {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            PipelineClient client = new PipelineClient(pipeline.ingestUrl(), pipeline.sinkUrl());
            SendPacer pacer = new SendPacer(rate, LATE_NANOS);
            List<Run> runs = new ArrayList<>();

            progress("Warming up: %,d articles at %.0f/s...", WARM_UP_ARTICLES, rate);
            steady(http, pipeline, client, pacer, "warm-up", "e2e-warmup", WARM_UP_ARTICLES);
            progress("Steady load: %.0f articles/s for %.0f s, single JSON posts from %d threads...", rate, seconds, threads);
            runs.add(steady(http, pipeline, client, pacer, String.format(Locale.ROOT, "steady %.0f/s", rate),
                    "e2e-steady", pacer.sends(seconds)));
            progress("Maximum rate: NDJSON batches of %d for %.0f s, at most %,d articles in flight...",
                    ndjsonBatch, maxSeconds, maxInFlight);
            runs.add(maxRate(http, pipeline));

            out.println();
            out.print(pipelineTable(runs));
            out.flush();
            return runs.stream().allMatch(Run::complete);
        }
    }

    /** One end-to-end run: the load as sent and the latencies of the articles stored. */
    record Run(LoadResult stored, PipelineLoad load, String problem) {

        boolean complete() {
            return problem == null && load.failed() == 0 && stored.articles() == load.accepted();
        }
    }

    private Run steady(HttpClient http, LocalPipeline pipeline, PipelineClient client, SendPacer pacer, String mode,
                       String runId, int count) throws InterruptedException {
        List<Map<String, String>> sends = SyntheticArticles.generate(count, runId.hashCode(), runId);
        try (StreamLatencyProbe probe = StreamLatencyProbe.subscribe(http, pipeline.sinkUrl(), BENCH_URL + runId + "/", count)) {
            PipelineLoad load = new SteadyRateLoad(client, threads).run(sends, pacer);
            return finish(mode, probe, load);
        }
    }

    private Run maxRate(HttpClient http, LocalPipeline pipeline) throws InterruptedException {
        // Room for far more than two cores can store in the run.
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, maxSeconds * 20_000 + maxInFlight);
        try (StreamLatencyProbe probe = StreamLatencyProbe.subscribe(http, pipeline.sinkUrl(), MaxRateLoad.URL_PREFIX, capacity)) {
            PipelineLoad load = new MaxRateLoad(http, pipeline.ingestUrl(), ndjsonBatch, threads, maxInFlight)
                    .run(Duration.ofMillis(Math.round(maxSeconds * 1000)), probe::stored);
            return finish("max (NDJSON " + ndjsonBatch + ")", probe, load);
        }
    }

    private static Run finish(String mode, StreamLatencyProbe probe, PipelineLoad load) throws InterruptedException {
        boolean all = probe.awaitStored(load.accepted(), DRAIN_TIMEOUT);
        String problem = all ? null : probe.failure() != null ? probe.failure()
                : "only " + probe.stored() + " of " + load.accepted() + " accepted articles stored within "
                        + DRAIN_TIMEOUT.toSeconds() + "s";
        // From the first due send to the last stored article: the rate the whole pipeline delivered.
        double seconds = Math.max(1e-9, (probe.lastArrivalNanos() - load.startNanos()) / 1e9);
        LoadResult stored = new LoadResult(mode, probe.stored(), load.posts(), seconds, probe.latencies(), load.failed());
        return new Run(stored, load, problem);
    }

    static String pipelineTable(List<Run> runs) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-20s %9s %9s %8s %10s %9s %9s %9s %9s %6s %7s%n", "end to end", "accepted", "stored", "seconds",
                "stored/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "late", "failed"));
        List<String> problems = new ArrayList<>();
        for (Run run : runs) {
            LoadResult r = run.stored();
            table.append(String.format(Locale.ROOT, "%-20s %,9d %,9d %8.1f %,10.0f %9.0f %9.0f %9.0f %9.0f %6d %7d%n",
                    r.mode(), run.load().accepted(), r.articles(), r.seconds(), r.articlesPerSecond(),
                    r.latencies().percentileMillis(0.50), r.latencies().percentileMillis(0.90),
                    r.latencies().percentileMillis(0.99), r.latencies().percentileMillis(1.0),
                    run.load().lateSends(), r.failures()));
            if (run.problem() != null) {
                problems.add(r.mode() + ": " + run.problem());
            }
        }
        table.append("latency: event on /v1/stream minus receivedAt; late: sends starting over 10 ms behind schedule\n");
        problems.forEach(problem -> table.append("PROBLEM ").append(problem).append('\n'));
        return table.toString();
    }

    private static Settings pipelineSettings(Path dataDir) {
        // Free ports, so the benchmark runs beside a local mode; loopback only, nothing else needs to reach it.
        Map<String, String> values = LocalSettings.defaultsOnFreePorts();
        values.put(IngestConfig.HOST, "127.0.0.1");
        values.put(EnrichConfig.HOST, "127.0.0.1");
        values.put(SinkConfig.HOST, "127.0.0.1");
        values.put(EnrichConfig.STATE_DIR, dataDir.resolve("streams").toString());
        // The probe must never be dropped as a slow subscriber: it measures, it does not model a client.
        values.put(SinkConfig.STREAM_QUEUE_EVENTS, "100000");
        return Settings.of(values);
    }

    private void progress(String format, Object... args) {
        out.printf(format + "%n", args);
        out.flush();
    }

    private static void checkpoint(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
