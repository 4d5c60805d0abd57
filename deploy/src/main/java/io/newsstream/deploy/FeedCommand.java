package io.newsstream.deploy;

import io.newsstream.deploy.feed.ArticleFileReader;
import io.newsstream.deploy.feed.ArticleFiles;
import io.newsstream.deploy.feed.DryRunValidator;
import io.newsstream.deploy.feed.FeedReport;
import io.newsstream.deploy.feed.FeedResult;
import io.newsstream.deploy.feed.FeedRun;
import io.newsstream.deploy.feed.IngestClient;
import io.newsstream.deploy.feed.ProgressBar;
import io.newsstream.ingest.IngestConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsstream feed}: sends article files and folders to an ingest endpoint. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {
            "Send article files to ingest in batches, with progress, retries on 503, and a report of what was",
            "rejected and why (file:line). Folders are searched recursively. Formats: .txt (one article, first line",
            "the title), .json (one article or an array), .ndjson/.jsonl (one article per line), and each gzipped.",
            "Exit code: 0 all accepted, 1 some rejected, 2 bad usage, 3 ingest could not be used."
        })
final class FeedCommand implements Callable<Integer> {

    static final int SOME_REJECTED = 1;
    static final int INGEST_UNUSABLE = 3;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
    List<Path> paths;

    @Option(names = "--to", paramLabel = "URL", defaultValue = "${env:NEWSSTREAM_INGEST_URL:-http://localhost:8080}",
            description = "The ingest service (default: $NEWSSTREAM_INGEST_URL or ${DEFAULT-VALUE}).")
    String ingestUrl;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:NEWSSTREAM_INGEST_TOKEN}",
            description = "Bearer token for ingest (default: $NEWSSTREAM_INGEST_TOKEN).")
    String token;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "200",
            description = "Articles per request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @Option(names = "--max-attempts", paramLabel = "N", defaultValue = "8",
            description = "Attempts per batch while ingest answers 503 or is unreachable (default: ${DEFAULT-VALUE}).")
    int maxAttempts;

    @Option(names = "--dry-run", description = "Read and validate everything with ingest's rules, send nothing.")
    boolean dryRun;

    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (batchSize < 1 || maxAttempts < 1) {
            err.println("--batch-size and --max-attempts must be at least 1");
            return 2;
        }
        List<Path> files;
        try {
            files = ArticleFiles.find(paths);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        FeedRun.BatchSender sender = dryRun
                ? new DryRunValidator(IngestConfig.from(options.load()).articleLimits())
                : new IngestClient(ingestUrl, token, maxAttempts, Duration.ofSeconds(1), wait -> Thread.sleep(wait.toMillis()))::send;
        err.printf("%s %d file(s) %s%n", dryRun ? "Validating" : "Sending", files.size(),
                dryRun ? "(dry run: nothing is sent)" : "to " + ingestUrl);
        ProgressBar progress = new ProgressBar(System.err, System.console() != null, FeedRun.totalBytes(files), System.nanoTime());
        FeedRun run = new FeedRun(sender, batchSize, progress);
        List<FeedResult> results;
        try {
            results = run.run(files, ArticleFileReader::read);
        } catch (IngestClient.FeedException e) {
            err.println();
            err.println("newsstream feed: " + e.getMessage());
            // What was answered before giving up still counts: the user must know which articles got in.
            out.println("Stopped early; articles answered before that:");
            out.print(FeedReport.format(run.resultsSoFar(), dryRun));
            out.flush();
            return INGEST_UNUSABLE;
        }
        out.print(FeedReport.format(results, dryRun));
        out.flush();
        return results.stream().allMatch(FeedResult::isAccepted) ? 0 : SOME_REJECTED;
    }
}
