package io.newsstream.deploy;

import io.newsstream.lab.entities.EntityEvaluation;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream evaluate entities}: scores the entity step on real pages against the entities a reader listed. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {
            "Find the entities of each English page's clean body in a news-pages data set and score them against",
            "its entities.jsonl: recall and precision per type (PERSON, ORG, LOCATION), any '|' spelling counting."
        })
final class EvaluateEntitiesCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "The data set's folder (truth.jsonl and entities.jsonl), e.g. ../shared/datasets/news-pages.")
    Path data;

    @Option(names = "--misses", description = "Also list the entities missed and those found wrongly.")
    boolean misses;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(data.resolve("entities.jsonl")) || !Files.isRegularFile(data.resolve("truth.jsonl"))) {
            spec.commandLine().getErr().println(data + ": needs entities.jsonl and truth.jsonl");
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            EntityEvaluation.report(data, misses).forEach(out::println);
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        out.flush();
        return 0;
    }
}
