package io.newsstream.lab.commands;

import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.lab.portrayal.PortrayalTraining;
import io.newsstream.lab.portrayal.NewsMtscExample;
import io.newsstream.lab.portrayal.NewsMtscReader;
import io.newsstream.lab.portrayal.PortrayalCalibration;
import io.newsstream.enrich.portrayal.PortrayalFeatures;
import io.newsstream.lab.portrayal.PortrayalModelTrainer;
import io.newsstream.lab.entities.TaggerTrainer;
import io.newsstream.lab.entities.TaggerTraining;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsstream train}: rebuilds the trained models that enrich ships with. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Rebuild a trained model that enrich ships with.",
        subcommands = {TrainCommand.Portrayal.class, TrainCommand.Tagger.class})
public final class TrainCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "entity-stance", aliases = "portrayal", mixinStandardHelpOptions = true,
            description = {
                "Train the portrayal (entity-stance) model on NewsMTSC-format JSON lines: it holds out "
                        + PortrayalTraining.HELD_OUT_PERCENT + "% of the sentences,",
                "prints the held-out score, fits the calibration there, then trains on everything and writes the",
                "model with its calibration. The shipped model is",
                "made with --data .../newsmtsc/train.jsonl --out",
                "enrich/src/main/resources/io/newsstream/enrich/portrayal/model.tsv.gz (deterministic)."
            })
    static final class Portrayal implements Callable<Integer> {

        @Option(names = "--data", required = true, paramLabel = "FILE", description = "The training sentences (JSON lines).")
        Path data;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model (gzipped text).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter log = spec.commandLine().getOut();
            List<NewsMtscExample> examples;
            try {
                examples = NewsMtscReader.read(data);
            } catch (NoSuchFileException e) {
                spec.commandLine().getErr().println(e.getFile() + ": no such file");
                return 2;
            } catch (DataFileException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            PortrayalFeatures features = new PortrayalFeatures(PortrayalFeatures.DEFAULT_TEMPLATES, PortrayalFeatures.DEFAULT_BITS,
                    PortrayalClassifier.bundledVectors());
            PortrayalModelTrainer.Settings settings = PortrayalModelTrainer.Settings.DEFAULT;
            PortrayalTraining.Result result = new PortrayalTraining(features, settings, line -> {
                log.println(line);
                log.flush();
            }).run(examples);
            try (OutputStream stream = Files.newOutputStream(out)) {
                result.model().save(stream, List.of(
                        "Portrayal (entity-stance) model for enrich (see docs/decisions/0005-entity-stance.md).",
                        "Made by: newsstream train entity-stance --data " + data.getFileName() + " --out " + out.getFileName(),
                        "Trained on " + examples.size() + " NewsMTSC examples with " + settings + ".",
                        String.format(Locale.ROOT, "Held-out (%d%% of the sentences): accuracy %.3f, macro-F1 %.3f.",
                                PortrayalTraining.HELD_OUT_PERCENT, result.heldOut().accuracy(),
                                result.heldOut().macroF1()),
                        "Calibration fitted on the held-out part to a model trained without it; threshold for "
                                + "precision " + PortrayalCalibration.TARGET_PRECISION + " there: " + result.heldOutAnswers().threshold(
                                        result.model().calibration()) + " (EntityPortrayal.CONFIDENT)."));
            }
            log.printf(Locale.ROOT, "wrote %s: %d sparse weights, %d bytes%n", out, result.model().size(), Files.size(out));
            log.flush();
            return 0;
        }
    }

    @Command(name = "tagger", mixinStandardHelpOptions = true,
            description = {
                "Train the name tagger on Universal NER English (EWT dev and test), print its span scores on the PUD",
                "sentences it never saw, then, with --out, train on all three files and write the model and its word",
                "clusters. With --silver, silver-labelled sentences (lab's Maven profile silver-labels writes them)",
                "join the training in both. The shipped ones are made as enrich's entities/README.md says",
                "(deterministic for the same files)."
            })
    static final class Tagger implements Callable<Integer> {

        @Option(names = "--data", required = true, paramLabel = "DIR",
                description = "The folder of en_ewt-dev.iob2, en_ewt-test.iob2 and en_pud-test.iob2.")
        Path data;

        @Option(names = "--out", paramLabel = "FILE", description = "Where to write the model (gzipped text).")
        Path out;

        @Option(names = "--silver", paramLabel = "FILE",
                description = "Silver-labelled sentences (JSON lines) to train on as well; may be repeated.")
        List<Path> silver = new ArrayList<>();

        @Option(names = "--silver-weight", paramLabel = "W", defaultValue = "1",
                description = "Size of a silver sentence's update, a gold one's being 1 (default: ${DEFAULT-VALUE}).")
        float silverWeight;

        @Option(names = "--epochs", paramLabel = "N", description = "Passes over the sentences (default: 10).")
        Integer epochs;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<Path> inputs = new ArrayList<>(silver);
            for (String file : List.of(TaggerTraining.TEST_FILE, TaggerTraining.TRAINING_FILES.get(0),
                    TaggerTraining.TRAINING_FILES.get(1))) {
                inputs.add(data.resolve(file));
            }
            for (Path file : inputs) {
                if (!Files.isRegularFile(file)) {
                    spec.commandLine().getErr().println(file + ": no such file");
                    return 2;
                }
            }
            TaggerTrainer.Settings defaults = TaggerTrainer.Settings.DEFAULT;
            TaggerTrainer.Settings settings = new TaggerTrainer.Settings(defaults.bits(),
                    epochs == null ? defaults.epochs() : epochs, defaults.seed(), silverWeight);
            PrintWriter log = spec.commandLine().getOut();
            TaggerTraining.run(data, out, silver, settings, line -> {
                log.println(line);
                log.flush();
            });
            return 0;
        }
    }
}
