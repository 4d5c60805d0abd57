package io.newsstream.lab.commands;

import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.lab.portrayal.PortrayalEvaluation;
import io.newsstream.lab.portrayal.NewsMtscExample;
import io.newsstream.lab.portrayal.NewsMtscReader;
import io.newsstream.enrich.portrayal.PortrayalModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream evaluate entity-stance} (or {@code portrayal}): scores the portrayal classifier on NewsMTSC-format sentences. */
@Command(name = "entity-stance", aliases = "portrayal", mixinStandardHelpOptions = true,
        description = {
            "Classify how each sentence portrays its marked mention and score the answers: accuracy, precision,",
            "recall and F1 per class, the confusion matrix and a last line 'macro-F1: 0.NNN'. Input: JSON lines with",
            "\"sentence\", \"from\", \"to\" (the mention's character offsets) and \"polarity\" (-1, 0, 1), as in NewsMTSC."
        })
public final class EvaluatePortrayalCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE", description = "The labelled sentences (JSON lines).")
    Path data;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model made by 'newsstream train entity-stance' (default: the bundled one).")
    Path model;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            List<NewsMtscExample> examples = NewsMtscReader.read(data);
            PortrayalClassifier classifier = model == null ? PortrayalClassifier.bundled() : load(model);
            out.print(PortrayalEvaluation.run(classifier, examples).report());
            out.flush();
            return 0;
        } catch (NoSuchFileException e) {
            spec.commandLine().getErr().println(e.getFile() + ": no such file");
            return 2;
        } catch (IOException | DataFileException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
    }

    static PortrayalClassifier load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new PortrayalClassifier(PortrayalModel.load(file.toString(), in), PortrayalClassifier.bundledVectors());
        }
    }
}
