package io.newsstream.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.json.Json;
import io.newsstream.deploy.feed.ArticleFileReader;
import io.newsstream.deploy.feed.ArticleFiles;
import io.newsstream.deploy.feed.FeedItem;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.Enricher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
        // Same settings as the enrich service, so enrich.kb.dir adds the user's knowledge-base files here too.
        Enricher enricher = Enricher.fromConfig(EnrichConfig.from(options.load()), Clock.systemUTC());
        var writer = pretty ? Json.mapper().writer(SerializationFeature.INDENT_OUTPUT) : Json.mapper().writer();
        int problems = 0;
        for (Path file : files) {
            for (FeedItem item : ArticleFileReader.read(file)) {
                if (!item.readable() || item.article().path("text").asText("").isBlank()) {
                    err.println(item.location() + ": " + (item.readable() ? "text is empty" : item.problem()));
                    problems++;
                    continue;
                }
                out.println(writer.writeValueAsString(enricher.enrich(raw(item))));
            }
        }
        out.flush();
        return problems == 0 ? 0 : 1;
    }

    private static RawArticle raw(FeedItem item) {
        JsonNode a = item.article();
        String url = text(a, "url");
        String body = a.path("text").asText();
        return new RawArticle(ArticleIds.of(url, body), url, text(a, "title"), body, text(a, "outletHint"),
                text(a, "language"), instant(text(a, "publishedAt")), Instant.now(), Channel.FILE, null);
    }

    private static String text(JsonNode article, String field) {
        JsonNode value = article.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
