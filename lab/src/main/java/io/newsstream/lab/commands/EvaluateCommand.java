package io.newsstream.lab.commands;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.Enricher;
import io.newsstream.lab.devset.DevSetReport;
import io.newsstream.lab.devset.EnrichmentEvaluation;
import io.newsstream.lab.devset.LabelledArticle;
import io.newsstream.lab.devset.LabelledStanceArticle;
import io.newsstream.lab.devset.StanceEvaluation;
import java.io.IOException;
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
        subcommands = {EvaluateCommand.Enrichment.class, EvaluateCommand.StanceScores.class, EvaluatePortrayalCommand.class,
            EvaluateExtractionCommand.class, EvaluateEntitiesCommand.class, EvaluateStancePagesCommand.class,
            EvaluateDuplicatesCommand.class})
public final class EvaluateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What both scorings do: read a labelled file, enrich it as configured, print the scores and, asked, the misses. */
    abstract static class DevSetScoring<T> implements Callable<Integer> {

        @Mixin
        EnrichSettingsOptions options;

        @Option(names = "--data", required = true, paramLabel = "FILE", description = "The labelled articles (JSON lines).")
        Path data;

        @Option(names = "--misses", description = "Also list every disagreement with the gold labels.")
        boolean misses;

        @Spec
        CommandSpec spec;

        abstract List<T> read(Reader reader) throws IOException;

        abstract DevSetReport score(Enricher enricher, List<T> set);

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            List<T> set;
            try (Reader reader = Files.newBufferedReader(data, StandardCharsets.UTF_8)) {
                set = read(reader);
            } catch (IOException e) {
                spec.commandLine().getErr().println(data + ": " + e.getMessage());
                return 2;
            }
            Enricher enricher = Enricher.fromConfig(EnrichConfig.from(options.load()), Clock.systemUTC());
            DevSetReport scores = score(enricher, set);
            out.print(scores.report());
            if (misses) {
                scores.misses().forEach(out::println);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "enrichment", mixinStandardHelpOptions = true,
            description = {
                "Entity precision, recall and F1 per type, and publisher, source and cited-outlet agreement, on a",
                "development set in the format of lab/src/test/resources/devset/articles.jsonl (see its README)."
            })
    static final class Enrichment extends DevSetScoring<LabelledArticle> {

        @Override
        List<LabelledArticle> read(Reader reader) throws IOException {
            return EnrichmentEvaluation.read(reader);
        }

        @Override
        DevSetReport score(Enricher enricher, List<LabelledArticle> set) {
            return EnrichmentEvaluation.run(enricher, set);
        }
    }

    @Command(name = "stance", mixinStandardHelpOptions = true,
            description = {
                "Topic-stance accuracy, speaker-attribution accuracy and a confusion table of the stances, on a",
                "development set in the format of lab/src/test/resources/devset/stance-articles.jsonl (see the",
                "README beside it). Uses the configured stance targets (enrich.stance.targets)."
            })
    static final class StanceScores extends DevSetScoring<LabelledStanceArticle> {

        @Override
        List<LabelledStanceArticle> read(Reader reader) throws IOException {
            return StanceEvaluation.read(reader);
        }

        @Override
        DevSetReport score(Enricher enricher, List<LabelledStanceArticle> set) {
            return StanceEvaluation.run(enricher, set);
        }
    }
}
