package io.newsstream.lab.bench;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.config.Settings;
import io.newsstream.core.http.Readiness;
import io.newsstream.core.http.ServiceHttpServer;
import io.newsstream.core.http.ServiceMetrics;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.index.SearchIndex;
import io.newsstream.sink.query.ArticleByIdHandler;
import io.newsstream.sink.store.ArticleStore;
import io.newsstream.sink.store.Database;
import io.newsstream.sink.store.EmbeddedDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import picocli.CommandLine.Option;

/**
 * What {@code newsstream bench-pipeline} measures: the sink's write throughput (its own upsert against plain batched
 * inserts, on an embedded PostgreSQL, and its search indexer's over the same articles), and the end-to-end latency of a running pipeline that deploy starts and hands
 * over by its URLs. Its options are the command's (a picocli mixin).
 */
public final class PipelineBenchmark {

    private static final String BENCH_URL = "https://bench.newsstream.example/";
    private static final long LATE_NANOS = Duration.ofMillis(10).toNanos();
    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(2);
    // The search lag is measured at the steady rate, 200 articles/s.
    private static final int LAG_PROBE_BATCH = 50;
    private static final Duration LAG_PROBE_INTERVAL = Duration.ofMillis(250);
    private static final int WARM_UP_ARTICLES = 500;
    // Lookups are timed after the lookup path is compiled: 2,000 requests, back to back (the rate is only a ceiling),
    // so the JIT's work and the first reads of each page are not counted as the sink's latency.
    private static final SendPacer LOOKUP_WARM_UP = new SendPacer(1_000, LATE_NANOS);
    private static final double LOOKUP_WARM_UP_SECONDS = 2;

    @Option(names = "--articles", defaultValue = "4000", description = "Articles written in each sink run (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--batch-size", defaultValue = "500", description = "Articles per sink transaction, as the consumer's poll (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--rate", split = ",", defaultValue = "100,200,300", description = "Articles/s of the steady loads, one run each (default: ${DEFAULT-VALUE}).")
    List<Double> rates;

    @Option(names = "--lookup-rate", defaultValue = "50", description = "GET /v1/articles/{id} requests/s of the lookup probe (default: ${DEFAULT-VALUE}).")
    double lookupRate;

    @Option(names = "--lookup-seconds", defaultValue = "10", description = "Length of the lookup probe (default: ${DEFAULT-VALUE}).")
    double lookupSeconds;

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

    @Option(names = "--setting", paramLabel = "KEY=VALUE", description = "A setting of the pipeline the end-to-end part starts, e.g. kafka.num.stream.threads=1 or kafka.compression.type=zstd (repeatable).")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--skip-sink", description = "Skip the sink throughput part.")
    boolean skipSink;

    @Option(names = "--skip-pipeline", description = "Skip the end-to-end part.")
    boolean skipPipeline;

    /** Where progress and tables go, set by each part. */
    private PrintWriter out;

    /** The pipeline settings given on the command line, over the benchmark's own. */
    public Map<String, String> settings() {
        return settings;
    }

    /** Whether the command skips the sink-throughput part. */
    public boolean skipSink() {
        return skipSink;
    }

    /** Whether the command skips the end-to-end part. */
    public boolean skipPipeline() {
        return skipPipeline;
    }

    /**
     * Writes {@code --articles} enriched synthetic articles to an embedded PostgreSQL in {@code postgresDir} with the
     * sink's own upsert and with plain batched inserts, and prints the table.
     */
    public void sinkThroughput(PrintWriter out, Path postgresDir) throws IOException, SQLException, InterruptedException {
        this.out = out;
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
            int indexBatch = Integer.parseInt(SinkConfig.DEFAULTS.get(SinkConfig.INDEX_BATCH_SIZE));
            progress("Writing %,d articles in transactions of %d...", articles, batchSize);
            List<LoadResult> results = new ArrayList<>();
            // A checkpoint before each run, so no run pays for flushing the previous one's writes.
            checkpoint(dataSource);
            LoadResult baseline = SinkWriteLoad.run("plain batched insert", enriched, batchSize, plain);
            results.add(baseline);
            // The indexer runs after each upsert run, not during it, so each figure is its own database cost.
            SearchIndex index = new SearchIndex(dataSource);
            index.indexAll(indexBatch);
            List<String> totals = new ArrayList<>();
            for (String mode : List.of("new", "replace")) {
                checkpoint(dataSource);
                LoadResult stored = SinkWriteLoad.run("sink upsert (" + mode + ")", enriched, batchSize, upsert);
                checkpoint(dataSource);
                LoadResult indexed = SearchIndexLoad.run("search indexer (" + mode + ")", index, articles, indexBatch);
                results.add(stored);
                results.add(indexed);
                double both = SearchIndexLoad.storedAndIndexedPerSecond(stored, indexed);
                totals.add(String.format(Locale.ROOT, "stored, then indexed (%s): %,.0f articles/s (%.2fx plain)",
                        mode, both, both / baseline.articlesPerSecond()));
            }
            progress("Writing the %,d articles again at %d/s with the indexer running, for the search lag...",
                    articles, LAG_PROBE_BATCH * 1000 / LAG_PROBE_INTERVAL.toMillis());
            LatencyRecorder lags = SearchLagProbe.run(dataSource, enriched, LAG_PROBE_BATCH, LAG_PROBE_INTERVAL);
            progress("Lookups: GET /v1/articles/{id} of the stored articles at %.0f/s for %.0f s (after %,d back to"
                    + " back), from the sink's query pool and HTTP server alone...", lookupRate, lookupSeconds,
                    LOOKUP_WARM_UP.sends(LOOKUP_WARM_UP_SECONDS));
            LoadResult lookups = sinkLookups(postgres, enriched.stream().map(EnrichedArticle::id).toList());
            out.println();
            out.print(sinkTable(results, baseline));
            totals.forEach(out::println);
            out.printf(Locale.ROOT, "search lag at %d articles/s (batches of %d; from commit to searchable, indexer"
                            + " defaults): p50 %.0f ms, p99 %.0f ms, max %.0f ms over %d batches%n",
                    LAG_PROBE_BATCH * 1000 / LAG_PROBE_INTERVAL.toMillis(), LAG_PROBE_BATCH, lags.percentileMillis(0.5),
                    lags.percentileMillis(0.99), lags.percentileMillis(1.0), lags.count());
            out.println();
            out.print(lookupTable(lookups));
            out.println();
            out.flush();
        }
    }

    /**
     * Looks up stored articles through the sink's own query pool and HTTP handler over the benchmark's database,
     * with nothing else running in the process: the lookup's own cost, apart from the pipeline's.
     */
    private LoadResult sinkLookups(EmbeddedDatabase postgres, List<String> ids)
            throws IOException, SQLException, InterruptedException {
        Settings settings = SinkConfig.KNOWN.settingsOf(Map.of(
                SinkConfig.JDBC_URL, "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/newsstream",
                SinkConfig.JDBC_USER, "postgres"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try (ServiceMetrics metrics = new ServiceMetrics();
             Database database = Database.open(SinkConfig.from(settings), metrics.registry());
             ServiceHttpServer server = ServiceHttpServer.start("sink", "127.0.0.1", 0, metrics,
                     () -> Readiness.Status.ready("benchmark"),
                     Map.of(ArticleByIdHandler.PATH, new ArticleByIdHandler(new ArticleStore(database.queries()))))) {
            ArticleLookupProbe probe = new ArticleLookupProbe(http, "http://127.0.0.1:" + server.port());
            probe.run("warm-up", ids, LOOKUP_WARM_UP, LOOKUP_WARM_UP_SECONDS);
            return probe.run(String.format(Locale.ROOT, "GET by id %.0f/s", lookupRate), ids,
                    new SendPacer(lookupRate, LATE_NANOS), lookupSeconds);
        }
    }

    public static String sinkTable(List<LoadResult> results, LoadResult baseline) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-24s %9s %8s %11s %14s %14s %12s%n",
                "sink write", "articles", "batches", "articles/s", "batch p50 ms", "batch p99 ms", "vs plain"));
        for (LoadResult r : results) {
            table.append(String.format(Locale.ROOT, "%-24s %,9d %,8d %,11.0f %14.1f %14.1f %11.2fx%n",
                    r.mode(), r.articles(), r.requests(), r.articlesPerSecond(), r.latencies().percentileMillis(0.50),
                    r.latencies().percentileMillis(0.99), r.articlesPerSecond() / baseline.articlesPerSecond()));
        }
        return table.toString();
    }

    /**
     * Runs the steady and the maximum-rate load against a running pipeline (ingest at {@code ingestUrl}, its sink at
     * {@code sinkUrl}) and prints the table; false when an accepted article was not stored or a send failed.
     */
    public boolean endToEnd(PrintWriter out, String ingestUrl, String sinkUrl) throws InterruptedException {
        this.out = out;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        IngestLoadGenerator ingest = new IngestLoadGenerator(ingestUrl);
        List<Run> runs = new ArrayList<>();

        SendPacer warmUpPacer = new SendPacer(rates.get(0), LATE_NANOS);
        progress("Warming up: %,d articles at %.0f/s...", WARM_UP_ARTICLES, rates.get(0));
        steady(http, sinkUrl, ingest, warmUpPacer, "warm-up", "e2e-warmup", WARM_UP_ARTICLES);
        for (double rate : rates) {
            SendPacer pacer = new SendPacer(rate, LATE_NANOS);
            progress("Steady load: %.0f articles/s for %.0f s, single JSON posts from %d threads...", rate, seconds,
                    threads);
            runs.add(steady(http, sinkUrl, ingest, pacer, String.format(Locale.ROOT, "steady %.0f/s", rate),
                    steadyRunId(rate), pacer.sends(seconds)));
        }
        progress("Lookups: GET /v1/articles/{id} of stored articles at %.0f/s for %.0f s (after %,d back to back)...",
                lookupRate, lookupSeconds, LOOKUP_WARM_UP.sends(LOOKUP_WARM_UP_SECONDS));
        ArticleLookupProbe probe = new ArticleLookupProbe(http, sinkUrl);
        List<String> stored = storedIds();
        probe.run("warm-up", stored, LOOKUP_WARM_UP, LOOKUP_WARM_UP_SECONDS);
        LoadResult lookups = probe.run(String.format(Locale.ROOT, "GET by id %.0f/s", lookupRate), stored,
                new SendPacer(lookupRate, LATE_NANOS), lookupSeconds);
        progress("Maximum rate: NDJSON batches of %d for %.0f s, at most %,d articles in flight...",
                ndjsonBatch, maxSeconds, maxInFlight);
        runs.add(maxRate(http, ingestUrl, sinkUrl));

        out.println();
        out.print(pipelineTable(runs));
        out.println();
        out.print(lookupTable(lookups));
        out.flush();
        return runs.stream().allMatch(Run::complete) && lookups.failures() == 0;
    }

    private static String steadyRunId(double rate) {
        return String.format(Locale.ROOT, "e2e-steady-%.0f", rate);
    }

    /** The ids of the articles the first steady run stored, as ingest gave them. */
    private List<String> storedIds() {
        double rate = rates.get(0);
        String runId = steadyRunId(rate);
        return SyntheticArticles.generate(new SendPacer(rate, LATE_NANOS).sends(seconds), runId.hashCode(), runId)
                .stream().map(article -> ArticleIds.of(article.get("url"), article.get("text"))).toList();
    }

    public static String lookupTable(LoadResult lookups) {
        return String.format(Locale.ROOT, "%-20s %9s %9s %9s %9s %9s %7s%n%-20s %,9d %9.1f %9.1f %9.1f %9.1f %7d%n",
                "lookups", "requests", "p50 ms", "p90 ms", "p99 ms", "max ms", "failed",
                lookups.mode(), lookups.requests(), lookups.latencies().percentileMillis(0.50),
                lookups.latencies().percentileMillis(0.90), lookups.latencies().percentileMillis(0.99),
                lookups.latencies().percentileMillis(1.0), lookups.failures());
    }

    /** One end-to-end run: the load as sent and the latencies of the articles stored. */
    record Run(LoadResult stored, PipelineLoad load, String problem) {

        boolean complete() {
            return problem == null && load.failed() == 0 && stored.articles() == load.accepted();
        }
    }

    private Run steady(HttpClient http, String sinkUrl, IngestLoadGenerator ingest, SendPacer pacer, String mode,
                       String runId, int count) throws InterruptedException {
        List<Map<String, String>> sends = SyntheticArticles.generate(count, runId.hashCode(), runId);
        try (StreamLatencyProbe probe = StreamLatencyProbe.subscribe(http, sinkUrl, BENCH_URL + runId + "/", count)) {
            PipelineLoad load = new SteadyRateLoad(ingest, threads).run(sends, pacer);
            return finish(mode, probe, load);
        }
    }

    private Run maxRate(HttpClient http, String ingestUrl, String sinkUrl) throws InterruptedException {
        // Room for far more than two cores can store in the run.
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, maxSeconds * 20_000 + maxInFlight);
        try (StreamLatencyProbe probe = StreamLatencyProbe.subscribe(http, sinkUrl, MaxRateLoad.URL_PREFIX, capacity)) {
            PipelineLoad load = new MaxRateLoad(http, ingestUrl, ndjsonBatch, threads, maxInFlight)
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

    public static String pipelineTable(List<Run> runs) {
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

    private void progress(String format, Object... args) {
        out.printf(format + "%n", args);
        out.flush();
    }

    private static void checkpoint(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CHECKPOINT");
        }
    }
}
