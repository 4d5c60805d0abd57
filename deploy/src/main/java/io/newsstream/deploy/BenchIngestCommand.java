package io.newsstream.deploy;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.kafka.TopicSetup;
import io.newsstream.deploy.bench.IngestLoadGenerator;
import io.newsstream.deploy.bench.LoadResult;
import io.newsstream.deploy.bench.RawProducerBaseline;
import io.newsstream.deploy.bench.SyntheticArticles;
import io.newsstream.deploy.local.EmbeddedKafkaBroker;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.IngestService;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream bench-ingest}: ingest's throughput and latency beside a raw Kafka producer, on one machine. */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {
            "Load-test ingest on this machine: starts an embedded Kafka broker and the ingest service, posts",
            "synthetic 3-5 KB articles one per request and in NDJSON batches from several client threads, then",
            "sends the same records with a raw Kafka producer (same settings) as the baseline, and prints",
            "articles/s and request latency percentiles."
        })
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--articles", defaultValue = "20000", description = "Articles per batched run and for the baseline (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--single-articles", defaultValue = "5000", description = "Articles sent one per request (default: ${DEFAULT-VALUE}).")
    int singleArticles;

    @Option(names = "--batch-size", defaultValue = "200", description = "Articles per NDJSON request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", defaultValue = "8", description = "Concurrent client threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("newsstream-bench");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0)) {
            Map<String, String> values = LocalSettings.defaultsOnFreePorts();
            values.put(CommonSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers());
            values.put(IngestConfig.HOST, "127.0.0.1");
            IngestConfig config = IngestConfig.from(Settings.of(values));
            TopicSetup.ensureTopics(config.kafka().properties(), config.topics(), 3, (short) 1);
            List<LoadResult> results = new ArrayList<>();
            try (IngestService ingest = new IngestService(config)) {
                ingest.start();
                IngestLoadGenerator load = new IngestLoadGenerator("http://127.0.0.1:" + config.port());
                out.printf("Warming up (JIT, connections, topic leaders)...%n");
                out.flush();
                load.run("warm-up", SyntheticArticles.generate(2_000, 1, "warmup"), batchSize, threads);
                out.printf("Single articles: %,d requests from %d threads...%n", singleArticles, threads);
                out.flush();
                results.add(load.run("single (1/request)", SyntheticArticles.generate(singleArticles, 2, "single"), 1, threads));
                out.printf("Batches: %,d articles, %d per request, %d threads...%n", articles, batchSize, threads);
                out.flush();
                results.add(load.run("batched (" + batchSize + "/request)", SyntheticArticles.generate(articles, 3, "batch"), batchSize, threads));
            }
            out.printf("Raw producer baseline: %,d records...%n", articles);
            out.flush();
            LoadResult raw = RawProducerBaseline.run(config.topics().raw(), config.kafka().properties(),
                    SyntheticArticles.generate(articles, 4, "raw"));
            results.add(raw);
            out.println();
            out.print(table(results, raw));
            out.flush();
            return results.stream().allMatch(r -> r.failures() == 0) ? 0 : 1;
        } finally {
            deleteQuietly(dir);
        }
    }

    static String table(List<LoadResult> results, LoadResult raw) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-22s %9s %9s %11s %9s %9s %9s %8s %9s%n",
                "mode", "articles", "requests", "articles/s", "p50 ms", "p99 ms", "p99.9 ms", "failed", "vs raw"));
        for (LoadResult r : results) {
            table.append(String.format(Locale.ROOT, "%-22s %,9d %,9d %,11.0f %9.1f %9.1f %9.1f %8d %8.2fx%n",
                    r.mode(), r.articles(), r.requests(), r.articlesPerSecond(),
                    r.latencies().percentileMillis(0.50), r.latencies().percentileMillis(0.99),
                    r.latencies().percentileMillis(0.999), r.failures(), r.articlesPerSecond() / raw.articlesPerSecond()));
        }
        return table.toString();
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a temp directory left behind is harmless
        }
    }
}
