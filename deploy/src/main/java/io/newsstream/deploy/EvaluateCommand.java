package io.newsstream.deploy;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.eval.EnrichmentEvaluation;
import io.newsstream.enrich.eval.LabelledArticle;
import io.newsstream.enrich.eval.LabelledStanceArticle;
import io.newsstream.enrich.eval.StanceEvaluation;
import java.io.PrintWriter;
import java.io.Reader;
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

/** {@code newsstream evaluate}: measures the enrichment against labelled data. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure the enrichment against labelled data.",
        subcommands = {EvaluateCommand.Enrichment.class, EvaluateCommand.StanceScores.class, EvaluateEntityStanceCommand.class})
final class EvaluateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "enrichment", mixinStandardHelpOptions = true,
            description = {
                "Entity precision, recall and F1 per type, and publisher, source and cited-outlet agreement, on a",
                "development set in the format of enrich/src/test/resources/devset/articles.jsonl (see its README)."
            })
    static final class Enrichment implements Callable<Integer> {

        @Mixin
        ConfigOptions options;

        @Option(names = "--data", required = true, paramLabel = "FILE", description = "The labelled articles (JSON lines).")
        Path data;

        @Option(names = "--misses", description = "Also list every disagreement with the gold labels.")
        boolean misses;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<LabelledArticle> set;
            try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
                set = EnrichmentEvaluation.read(reader);
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println(data + ": " + e.getMessage());
                return 2;
            }
            Enricher enricher = Enricher.fromConfig(EnrichConfig.from(options.load()), Clock.systemUTC());
            EnrichmentEvaluation evaluation = EnrichmentEvaluation.run(enricher, set);
            out.print(evaluation.report());
            if (misses) {
                evaluation.misses().forEach(out::println);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "stance", mixinStandardHelpOptions = true,
            description = {
                "Topic-stance accuracy, speaker-attribution accuracy and a confusion table of the stances, on a",
                "development set in the format of enrich/src/test/resources/devset/stance-articles.jsonl (see the",
                "README beside it). Uses the configured stance targets (enrich.stance.targets)."
            })
    static final class StanceScores implements Callable<Integer> {

        @Mixin
        ConfigOptions options;

        @Option(names = "--data", required = true, paramLabel = "FILE",
                description = "The articles with gold stances (JSON lines).")
        Path data;

        @Option(names = "--misses", description = "Also list every disagreement with the gold labels.")
        boolean misses;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<LabelledStanceArticle> set;
            try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
                set = StanceEvaluation.read(reader);
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println(data + ": " + e.getMessage());
                return 2;
            }
            Enricher enricher = Enricher.fromConfig(EnrichConfig.from(options.load()), Clock.systemUTC());
            StanceEvaluation evaluation = StanceEvaluation.run(enricher, set);
            out.print(evaluation.report());
            if (misses) {
                evaluation.misses().forEach(out::println);
            }
            out.flush();
            return 0;
        }
    }
}
