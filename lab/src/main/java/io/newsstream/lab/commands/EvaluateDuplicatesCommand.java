package io.newsstream.lab.commands;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.Enricher;
import io.newsstream.lab.duplicates.DuplicateEvaluation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream evaluate duplicates}: scores near-duplicates and story clusters as configured. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = {
            "Enrich and place the generated sets (an original and three edited copies of each of 40 events; five",
            "write-ups of each of 40 events, two per city) with the configured enrich.duplicates.* and",
            "enrich.stories.* rules: near-duplicate precision and recall, story pairwise precision and recall. With",
            "--data, also the true bodies of news-pages and article-extraction, listing every page marked a copy of",
            "another and every page put in another's story."
        })
public final class EvaluateDuplicatesCommand implements Callable<Integer> {

    @Mixin
    EnrichSettingsOptions options;

    @Option(names = "--data", paramLabel = "DIR", description = "The shared datasets folder (holding news-pages and "
            + "article-extraction).")
    Path data;

    @Option(names = "--misses", description = "Also list every copy missed and every article wrongly marked a copy.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ScoreReport.print(spec, misses, () -> {
            EnrichConfig config = EnrichConfig.from(options.load());
            DuplicateEvaluation.Report report = new DuplicateEvaluation(
                    Enricher.fromConfig(config, Clock.systemUTC()), config.stories()).run(data);
            return new ScoreReport(report.lines(), report.misses());
        });
    }
}
