package io.newsstream.deploy;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.kafka.TopicSetup;
import io.newsstream.deploy.local.EmbeddedKafkaBroker;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.IngestService;
import io.newsstream.lab.bench.IngestBenchmark;
import io.newsstream.lab.bench.LoadResult;
import io.newsstream.lab.bench.TempDirectories;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newsstream bench-ingest}: starts an embedded broker and the ingest service for lab's {@link IngestBenchmark},
 * which measures ingest's throughput and latency beside a raw Kafka producer.
 */
@Command(name = "bench-ingest", mixinStandardHelpOptions = true,
        description = {
            "Load-test ingest on this machine: starts an embedded Kafka broker and the ingest service, posts",
            "synthetic 3-5 KB articles one per request and in NDJSON batches from several client threads, then",
            "sends the same records with a raw Kafka producer (same settings) as the baseline, and prints",
            "articles/s and request latency percentiles."
        })
final class BenchIngestCommand implements Callable<Integer> {

    @Mixin
    IngestBenchmark benchmark;

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
            List<LoadResult> results;
            try (IngestService ingest = new IngestService(config)) {
                ingest.start();
                results = new ArrayList<>(benchmark.loadIngest(out, "http://127.0.0.1:" + ingest.port()));
            }
            LoadResult raw = benchmark.rawProducer(out, config.topics().raw(), config.kafka().properties());
            results.add(raw);
            out.println();
            out.print(IngestBenchmark.table(results, raw));
            out.flush();
            return results.stream().allMatch(r -> r.failures() == 0) ? 0 : 1;
        } finally {
            TempDirectories.deleteQuietly(dir);
        }
    }
}
