package io.newsstream.lab.bench;

import io.newsstream.core.article.RawArticle;
import io.newsstream.core.kafka.Topic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine.Option;

/**
 * What {@code newsstream bench-ingest} measures, given a running ingest service: synthetic 3-5 KB articles posted one
 * per request and in NDJSON batches from several client threads, then the same records sent with a raw Kafka producer
 * (same class, same settings) as the baseline. Its options are the command's (a picocli mixin).
 */
public final class IngestBenchmark {

    @Option(names = "--articles", defaultValue = "20000", description = "Articles per batched run and for the baseline (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--single-articles", defaultValue = "5000", description = "Articles sent one per request (default: ${DEFAULT-VALUE}).")
    int singleArticles;

    @Option(names = "--batch-size", defaultValue = "200", description = "Articles per NDJSON request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--threads", defaultValue = "8", description = "Concurrent client threads (default: ${DEFAULT-VALUE}).")
    int threads;

    /** Warms up, then posts single articles and NDJSON batches to the ingest service at {@code ingestUrl}. */
    public List<LoadResult> loadIngest(PrintWriter out, String ingestUrl) throws InterruptedException {
        IngestLoadGenerator load = new IngestLoadGenerator(ingestUrl);
        progress(out, "Warming up (JIT, connections, topic leaders)...");
        load.run("warm-up", SyntheticArticles.generate(2_000, 1, "warmup"), batchSize, threads);
        progress(out, String.format(Locale.ROOT, "Single articles: %,d requests from %d threads...", singleArticles, threads));
        List<LoadResult> results = new ArrayList<>();
        results.add(load.run("single (1/request)", SyntheticArticles.generate(singleArticles, 2, "single"), 1, threads));
        progress(out, String.format(Locale.ROOT, "Batches: %,d articles, %d per request, %d threads...", articles,
                batchSize, threads));
        results.add(load.run("batched (" + batchSize + "/request)", SyntheticArticles.generate(articles, 3, "batch"),
                batchSize, threads));
        return results;
    }

    /** The baseline: the same kind of records straight to {@code topic} with ingest's producer and settings. */
    public LoadResult rawProducer(PrintWriter out, Topic<String, RawArticle> topic, Properties kafka) {
        progress(out, String.format(Locale.ROOT, "Raw producer baseline: %,d records...", articles));
        return RawProducerBaseline.run(topic, kafka, SyntheticArticles.generate(articles, 4, "raw"));
    }

    public static String table(List<LoadResult> results, LoadResult raw) {
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

    private static void progress(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
