package io.newsstream.deploy;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsstream.core.json.Json;
import io.newsstream.core.config.Settings;
import io.newsstream.deploy.feed.ArticleFileReader;
import io.newsstream.deploy.feed.ArticleFiles;
import io.newsstream.deploy.feed.DryRunValidator;
import io.newsstream.deploy.feed.FeedItem;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.Enricher;
import io.newsstream.ingest.IngestConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsstream enrich-file}: the enrichment steps on files, without Kafka, for debugging and evaluation. */
@Command(name = "enrich-file", mixinStandardHelpOptions = true,
        description = {
            "Run the enrichment steps on article files without Kafka and print one EnrichedArticle JSON per line.",
            "Reads the same formats as 'feed' (.txt with the first line as title, .json, .ndjson/.jsonl, gzipped)."
        })
final class EnrichFileCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
    List<Path> paths;

    @Option(names = "--pretty", description = "Indent the JSON (one article per block instead of per line).")
    boolean pretty;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> files;
        try {
            files = ArticleFiles.find(paths);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        // Same settings as the services: enrich.kb.dir adds the user's knowledge-base files, and articles are
        // checked and given their ids exactly as ingest would.
        Settings settings = options.load();
        Enricher enricher = Enricher.fromConfig(EnrichConfig.from(settings), Clock.systemUTC());
        DryRunValidator ingestRules = new DryRunValidator(IngestConfig.from(settings).articleLimits());
        var writer = pretty ? Json.mapper().writer(SerializationFeature.INDENT_OUTPUT) : Json.mapper().writer();
        int problems = 0;
        for (Path file : files) {
            for (FeedItem item : ArticleFileReader.read(file)) {
                try {
                    if (!item.readable()) {
                        throw new IllegalArgumentException(item.problem());
                    }
                    out.println(writer.writeValueAsString(enricher.enrich(ingestRules.article(item))));
                } catch (IllegalArgumentException e) {
                    err.println(item.location() + ": " + e.getMessage());
                    problems++;
                }
            }
        }
        out.flush();
        return problems == 0 ? 0 : 1;
    }
}
