package io.newsstream.lab.commands;

import io.newsstream.enrich.extract.PageExtractor;
import io.newsstream.lab.extraction.ExtractionEvaluation;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream evaluate extraction}: scores HTML extraction on a data set of pages with their true text. */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = {
            "Extract every page of a data set and score the body against the truth with the article-extraction",
            "benchmark's metric (4-token shingles): one line per figure. DIR is either layout of ../shared/datasets:",
            "article-extraction (ground-truth.json, html/) or news-pages (truth.jsonl, pages/)."
        })
public final class EvaluateExtractionCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The data set's folder.")
    Path data;

    @Option(names = "--worst", paramLabel = "N", description = "Also list the N pages whose body scored lowest.")
    int worst;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ExtractionEvaluation.Report report;
        try {
            report = ExtractionEvaluation.run(new PageExtractor(), data);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        report.lines().forEach(out::println);
        report.worst(worst).forEach(page -> out.println(ExtractionEvaluation.Report.describe(page)));
        out.flush();
        return 0;
    }
}
