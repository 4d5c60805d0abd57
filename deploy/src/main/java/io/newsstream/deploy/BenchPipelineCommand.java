package io.newsstream.deploy;

import io.newsstream.core.config.Settings;
import io.newsstream.deploy.local.LocalPipeline;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.lab.bench.PipelineBenchmark;
import io.newsstream.lab.bench.TempDirectories;
import io.newsstream.sink.SinkConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream bench-pipeline}: lab's {@link PipelineBenchmark} (the sink's write throughput, end-to-end latency),
 * with the whole local pipeline started here for its second part.
 */
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
            "   posts at each of the --rate values (100, 200 and 300/s) for",
            "   --seconds, scheduled up front (sends starting over 10 ms late are",
            "   counted); then GET /v1/articles/{id} of stored articles at",
            "   --lookup-rate for --lookup-seconds; then a maximum-rate run of NDJSON",
            "   batches of --ndjson-batch for --max-seconds, sending while fewer than",
            "   --max-in-flight accepted articles are not yet stored. Prints stored",
            "   articles/s and p50/p90/p99/max end-to-end latency, and the lookups'",
            "   latencies. --setting KEY=VALUE sets the pipeline's settings.",
            "",
            "The load generator shares the process and the cores with the pipeline.",
            ""
        })
final class BenchPipelineCommand implements Callable<Integer> {

    @Mixin
    PipelineBenchmark benchmark;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("newsstream-bench-pipeline");
        boolean complete = true;
        try {
            if (!benchmark.skipSink()) {
                benchmark.sinkThroughput(out, dir.resolve("sink-postgres"));
            }
            if (!benchmark.skipPipeline()) {
                Path dataDir = dir.resolve("pipeline");
                out.println("Starting the pipeline (embedded Kafka, PostgreSQL, enrich, ingest, sink)...");
                out.flush();
                Settings settings = pipelineSettings(dataDir).with(benchmark.settings());
                try (LocalPipeline pipeline = LocalPipeline.start(settings, dataDir, 0)) {
                    complete = benchmark.endToEnd(out, pipeline.ingestUrl(), pipeline.sinkUrl());
                }
            }
        } finally {
            TempDirectories.deleteQuietly(dir);
        }
        return complete ? 0 : 1;
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
}
