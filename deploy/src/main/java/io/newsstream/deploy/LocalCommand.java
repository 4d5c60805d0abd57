package io.newsstream.deploy;

import io.newsstream.core.ServiceMain;
import io.newsstream.core.config.Settings;
import io.newsstream.deploy.local.LocalPipeline;
import io.newsstream.deploy.local.PipelineClient;
import io.newsstream.deploy.local.SampleArticles;
import io.newsstream.deploy.local.SampleRun;
import io.newsstream.deploy.local.SummaryTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsstream local}: the whole pipeline on this machine, fed with the bundled samples. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = {
            "Run the whole pipeline in one process: an embedded Kafka broker (KRaft), an embedded PostgreSQL,",
            "and ingest (:8080), enrich (:8081) and sink (:8082) on their default ports. Feeds the bundled",
            "sample articles, prints a summary once they are stored, and serves until Ctrl-C."
        })
final class LocalCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Where the broker and the database keep their data (default: ${DEFAULT-VALUE}).")
    Path dataDir = Path.of(System.getProperty("user.home"), ".newsstream", "local");

    @Option(names = "--fresh", description = "Delete the data directory first and start from empty.")
    boolean fresh;

    @Option(names = "--kafka-port", paramLabel = "PORT",
            description = "Client port of the embedded broker (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int kafkaPort = 9092;

    @Option(names = "--no-samples", description = "Do not feed the bundled sample articles.")
    boolean noSamples;

    @Option(names = "--exit", description = "Stop after printing the summary instead of serving until Ctrl-C.")
    boolean exitAfterSummary;

    @Override
    public Integer call() throws Exception {
        if (fresh) {
            deleteRecursively(dataDir);
        }
        Settings settings = options.load();
        long started = System.nanoTime();
        System.out.println("Starting newsstream local mode (data in " + dataDir + ") ...");
        LocalPipeline pipeline = LocalPipeline.start(settings, dataDir, kafkaPort);
        CountDownLatch stopped = ServiceMain.closeOnShutdown(List.of(pipeline));
        System.out.printf("Pipeline up in %.1fs: ingest %s, sink %s, Kafka %s%n",
                (System.nanoTime() - started) / 1e9, pipeline.ingestUrl(), pipeline.sinkUrl(),
                pipeline.settings().string("kafka.bootstrap.servers"));

        int exitCode = 0;
        if (!noSamples) {
            PipelineClient client = new PipelineClient(pipeline.ingestUrl(), pipeline.sinkUrl());
            SampleRun.Result result = new SampleRun(client, System.out).run(SampleArticles.load(), Duration.ofMinutes(2));
            System.out.println();
            System.out.print(SummaryTable.format(result.stored()));
            System.out.printf("%n%d articles stored and enriched in %.1fs since start.%n",
                    result.stored().size(), (System.nanoTime() - started) / 1e9);
            result.problems().forEach(problem -> System.out.println("PROBLEM: " + problem));
            exitCode = result.problems().isEmpty() ? 0 : 1;
        }
        if (exitAfterSummary) {
            pipeline.close();
            return exitCode;
        }
        System.out.println();
        System.out.println("Serving. Try:");
        System.out.println("  curl -X POST " + pipeline.ingestUrl() + "/v1/articles -H 'Content-Type: application/json' "
                + "-d '{\"text\": \"Chancellor Olaf Scholz met NATO leaders in Brussels on Monday.\"}'");
        System.out.println("  curl " + pipeline.sinkUrl() + "/v1/articles/<id>");
        System.out.println("  curl " + pipeline.sinkUrl() + "/metrics");
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
        return exitCode;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
