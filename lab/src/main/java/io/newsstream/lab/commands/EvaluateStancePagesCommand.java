package io.newsstream.lab.commands;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.Enricher;
import io.newsstream.lab.stance.LabelledStancePage;
import io.newsstream.lab.stance.RealTextStanceEvaluation;
import io.newsstream.lab.stance.StanceLabels;
import io.newsstream.lab.stance.StanceTally;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream evaluate stance-pages}: scores both stance steps on real pages a reader labelled. */
@Command(name = "stance-pages", mixinStandardHelpOptions = true,
        description = {
            "Enrich each page of news-pages that the lab's stance labels cover (body, title and URL from truth.jsonl),",
            "as configured, and print: topic labels on pages not about the target, topic labels right, non-neutral",
            "portrayals right and the share of labelled people and organisations given one (coverage). The labels",
            "and the rules behind them: docs/evaluation/stance-labelling.md."
        })
public final class EvaluateStancePagesCommand implements Callable<Integer> {

    @Mixin
    EnrichSettingsOptions options;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The news-pages folder.")
    Path data;

    @Option(names = "--labels", paramLabel = "FILE",
            description = "Stance labels in the same format (default: the ones bundled with the lab).")
    Path labels;

    @Option(names = "--misses", description = "Also list every disagreement with the labels, a line each.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ScoreReport.print(spec, misses, () -> {
            StanceTally tally = RealTextStanceEvaluation.run(
                    Enricher.fromConfig(EnrichConfig.from(options.load()), Clock.systemUTC()), data, readLabels());
            return new ScoreReport(tally.lines(), tally.misses());
        });
    }

    private List<LabelledStancePage> readLabels() {
        if (labels == null) {
            return StanceLabels.bundled();
        }
        try (Reader reader = Files.newBufferedReader(labels, StandardCharsets.UTF_8)) {
            return StanceLabels.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(labels + ": " + e.getMessage(), e);
        }
    }
}
