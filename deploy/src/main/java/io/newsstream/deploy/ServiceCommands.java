package io.newsstream.deploy;

import io.newsstream.core.ServiceMain;
import io.newsstream.core.config.Settings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.EnrichService;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.IngestService;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.SinkService;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsstream ingest|enrich|sink}: one service against an existing Kafka cluster. */
final class ServiceCommands {

    private ServiceCommands() {
    }

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = {"Run the ingest service: POST /v1/articles on ingest.port (8080), articles to articles.raw.",
                "Also polls the RSS/Atom feeds of ingest.feeds / ingest.feeds.file, and with --watch a drop folder."})
    static final class Ingest implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Option(names = "--watch", paramLabel = "DIR",
                description = {"Ingest files dropped into DIR (.txt, .json, .ndjson/.jsonl, gzipped too) as they appear;",
                    "each moves to DIR/done/ or to DIR/failed/ with a .error file saying why (sets ingest.watch.dir)."})
        Path watchDir;

        @Override
        public Integer call() throws Exception {
            Settings settings = options.load(watchDir == null ? Map.of() : Map.of(IngestConfig.WATCH_DIR, watchDir.toString()));
            ServiceMain.runUntilStopped(new IngestService(IngestConfig.from(settings)));
            return 0;
        }
    }

    @Command(name = "enrich", mixinStandardHelpOptions = true,
            description = "Run the enrich Kafka Streams application: articles.raw to articles.enriched (health on 8081).")
    static final class Enrich implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() throws Exception {
            ServiceMain.runUntilStopped(new EnrichService(EnrichConfig.from(options.load())));
            return 0;
        }
    }

    @Command(name = "sink", mixinStandardHelpOptions = true,
            description = {"Run the sink: articles.enriched into PostgreSQL and the query API on sink.port (8082).",
                "Without sink.jdbc.url it starts an embedded PostgreSQL under sink.data.dir."})
    static final class Sink implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Override
        public Integer call() throws Exception {
            ServiceMain.runUntilStopped(new SinkService(SinkConfig.from(options.load())));
            return 0;
        }
    }
}
