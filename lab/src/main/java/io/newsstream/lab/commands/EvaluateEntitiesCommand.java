package io.newsstream.lab.commands;

import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.Enricher;
import io.newsstream.lab.entities.EntityEvaluation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream evaluate entities}: scores entities and outlets on real article text labelled by a reader. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {
            "Enrich the clean body of every labelled English page of news-pages (truth.jsonl, entities.jsonl) with its",
            "URL, as configured, and score people, organisations, places (precision and recall against the names a",
            "reader found; '|' separates accepted spellings, a trailing '?' marks a name counted neither way), cited",
            "outlets, and on how many pages the publisher is named rather than left as a domain."
        })
public final class EvaluateEntitiesCommand implements Callable<Integer> {

    @Mixin
    EnrichSettingsOptions options;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The news-pages folder.")
    Path data;

    @Option(names = "--misses", description = "Also list every missed and wrongly found name, a line each: file, kind, "
            + "missed or false, name.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return ScoreReport.print(spec, misses, () -> {
            EntityEvaluation.Report report = EntityEvaluation.run(
                    Enricher.fromConfig(EnrichConfig.from(options.load()), Clock.systemUTC()), data);
            return new ScoreReport(report.lines(), report.misses());
        });
    }
}
