package io.newsstream.lab.portrayal;

import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalFeatures;
import io.newsstream.enrich.portrayal.PortrayalFeatures.Template;
import io.newsstream.enrich.portrayal.PortrayalModel;
import io.newsstream.enrich.portrayal.WordVectors;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Compares feature sets and training settings on the held-out part of NewsMTSC's train.jsonl (never on dev). Run by
 * hand: {@code java -cp lab/target/test-classes:lab/target/classes:$(cat /tmp/cp.txt)
 * io.newsstream.lab.portrayal.FeatureSetExperiment ../shared/datasets/newsmtsc/train.jsonl VECTORS_FILE MODE}
 * with MODE {@code ablation}, {@code dims}, {@code grid}, {@code conv FILTERS STEP DROPOUT EPOCHS [SEED]} (held-out score
 * after every epoch), {@code ensemble FILTERS STEP DROPOUT EPOCHS MEMBERS} (each member and their means) or
 * {@code timing} (microseconds per mention for one to three members), {@code member SEED OUT fit|all} (one member with
 * the shipped settings and that seed, trained on the part outside held-out or on all of train, saved to OUT: members
 * trained in parallel jobs) or {@code mean MODEL...} (the held-out score of each saved model and of their mean).
 */
public final class FeatureSetExperiment {

    private static final EnumSet<Template> SPARSE = EnumSet.complementOf(EnumSet.of(Template.VECTORS));

    public static void main(String[] args) throws Exception {
        List<NewsMtscExample> all = NewsMtscReader.read(Path.of(args[0]));
        WordVectors vectors;
        try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
            vectors = WordVectors.load(args[1], in);
        }
        List<NewsMtscExample> fit = new ArrayList<>();
        List<NewsMtscExample> heldOut = new ArrayList<>();
        all.forEach(e -> (PortrayalTraining.isHeldOut(e) ? heldOut : fit).add(e));
        String mode = args.length > 2 ? args[2] : "ablation";
        PortrayalModelTrainer.Settings base = PortrayalModelTrainer.Settings.DEFAULT;
        if (mode.equals("ablation")) {
            score("words only", EnumSet.of(Template.WORDS), null, base, fit, heldOut);
            score("words+bigrams", EnumSet.of(Template.WORDS, Template.BIGRAMS), null, base, fit, heldOut);
            score("all sparse", SPARSE, null, base, fit, heldOut);
            score("vectors only", EnumSet.of(Template.VECTORS), vectors, base, fit, heldOut);
            score("all", EnumSet.allOf(Template.class), vectors, base, fit, heldOut);
            for (Template t : Template.values()) {
                EnumSet<Template> without = EnumSet.allOf(Template.class);
                without.remove(t);
                score("all but " + t, without, vectors, base, fit, heldOut);
            }
        } else if (mode.equals("dims")) {
            for (int dims : new int[] {16, 32, 64, 96, 128}) {
                if (dims <= vectors.dimensions()) {
                    score("all, " + dims + " dimensions", EnumSet.allOf(Template.class), vectors.firstDimensions(dims),
                            base, fit, heldOut);
                }
            }
        } else if (mode.equals("conv")) {
            // args[3..]: filters, convolution rate, dropout, epochs; held-out scores after every epoch.
            PortrayalModelTrainer.Settings settings = base.withEpochs(Integer.parseInt(args[6])).withConvolution(
                    Integer.parseInt(args[3]), Double.parseDouble(args[4]), Double.parseDouble(args[5]));
            if (args.length > 7) {
                settings = settings.withSeed(Long.parseLong(args[7]));
            }
            // -Dl2=... and -Drate=... change the L2 penalty and the sparse step.
            settings = new PortrayalModelTrainer.Settings(settings.epochs(),
                    Double.parseDouble(System.getProperty("rate", String.valueOf(settings.learningRate()))),
                    settings.denseLearningRate(),
                    Double.parseDouble(System.getProperty("l2", String.valueOf(settings.l2()))), settings.hidden(),
                    settings.balanced(), settings.minWeight(), settings.seed(), settings.filters(),
                    settings.convolutionRate(), settings.dropout(), settings.members(), settings.positiveWeight());
            curve(String.join(" ", args).substring(args[0].length() + args[1].length() + 2),
                    PortrayalFeatures.DEFAULT_TEMPLATES, vectors, settings, fit, heldOut);
        } else if (mode.equals("ensemble")) {
            // args[3..]: filters, convolution rate, dropout, epochs, members; each member and their mean on held-out.
            PortrayalModelTrainer.Settings settings = base.withEpochs(Integer.parseInt(args[6])).withConvolution(
                    Integer.parseInt(args[3]), Double.parseDouble(args[4]), Double.parseDouble(args[5]));
            PortrayalFeatures features = new PortrayalFeatures(PortrayalFeatures.DEFAULT_TEMPLATES, PortrayalFeatures.DEFAULT_BITS,
                    vectors);
            List<PortrayalModel> models = new ArrayList<>();
            for (int m = 0; m < Integer.parseInt(args[7]); m++) {
                models.add(new PortrayalTraining(features, settings.withSeed(base.seed() + m), line -> { })
                        .train(fit));
                report("member " + m, models.get(m), vectors, heldOut);
                if (m > 0) {
                    report("mean of " + (m + 1), PortrayalModel.average(models), vectors, heldOut);
                }
            }
        } else if (mode.equals("member")) {
            PortrayalFeatures features = new PortrayalFeatures(PortrayalFeatures.DEFAULT_TEMPLATES,
                    PortrayalFeatures.DEFAULT_BITS, vectors);
            PortrayalModelTrainer.Settings settings = base.withSeed(Long.parseLong(args[3]));
            boolean everything = args[5].equals("all");
            PortrayalModel model = new PortrayalTraining(features, settings, System.err::println)
                    .train(everything ? all : fit);
            try (var out = Files.newOutputStream(Path.of(args[4]))) {
                model.save(out, List.of("One member trained on " + (everything ? "all of" : "the fit part of")
                        + " NewsMTSC train with " + settings + "."));
            }
            if (!everything) {
                report("seed " + args[3], model, vectors, heldOut);
            }
        } else if (mode.equals("mean")) {
            List<PortrayalModel> models = new ArrayList<>();
            for (int i = 3; i < args.length; i++) {
                try (InputStream in = Files.newInputStream(Path.of(args[i]))) {
                    models.add(PortrayalModel.load(args[i], in));
                }
                report(Path.of(args[i]).getFileName().toString(), models.get(models.size() - 1), vectors, heldOut);
            }
            report("mean of " + models.size(), PortrayalModel.average(models), vectors, heldOut);
        } else if (mode.equals("timing")) {
            // The cost per mention of 1..3 members of a one-epoch model (the cost does not depend on the epochs).
            PortrayalFeatures features = new PortrayalFeatures(PortrayalFeatures.DEFAULT_TEMPLATES, PortrayalFeatures.DEFAULT_BITS,
                    vectors);
            List<PortrayalModel> models = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                models.add(new PortrayalTraining(features, base.withEpochs(1).withMembers(1).withSeed(m), line -> { })
                        .train(fit));
                PortrayalClassifier classifier = new PortrayalClassifier(PortrayalModel.average(models), vectors);
                double best = Double.MAX_VALUE;
                for (int pass = 0; pass < 8; pass++) {
                    long before = System.nanoTime();
                    PortrayalEvaluation.run(classifier, heldOut);
                    best = Math.min(best, (System.nanoTime() - before) / 1e3 / heldOut.size());
                }
                System.out.printf(Locale.ROOT, "%d members: best pass %.1f us/mention%n", m + 1, best);
            }
        } else if (mode.equals("final")) {
            // Reporting only: the settings are chosen on the held-out part before this runs.
            EnumSet<Template> templates = EnumSet.allOf(Template.class);
            for (String name : args[3].split(",")) {
                templates.remove(Template.valueOf(name));
            }
            PortrayalModelTrainer.Settings settings = new PortrayalModelTrainer.Settings(Integer.parseInt(args[5]),
                    base.learningRate(), Double.parseDouble(args[6]), base.l2(), Integer.parseInt(args[7]), true,
                    base.minWeight(), base.seed(), 0, base.convolutionRate(), base.dropout(), 1);
            score("train -> " + args[4], templates, vectors, settings, all, NewsMtscReader.read(Path.of(args[4])));
        } else {
            EnumSet<Template> templates = EnumSet.allOf(Template.class);
            for (String name : args[3].split(",")) {
                templates.remove(Template.valueOf(name));
            }
            for (int hidden : new int[] {0, 32, 64}) {
                for (double denseRate : new double[] {0.003, 0.01, 0.03}) {
                    for (int epochs : new int[] {5, 10}) {
                        score("hidden " + hidden + " dense rate " + denseRate + " epochs " + epochs, templates, vectors,
                                new PortrayalModelTrainer.Settings(epochs, base.learningRate(), denseRate, base.l2(), hidden,
                                        true, base.minWeight(), base.seed(), 0, base.convolutionRate(), base.dropout(), 1),
                                fit, heldOut);
                    }
                }
            }
        }
    }

    private static void curve(String name, java.util.Set<Template> templates, WordVectors vectors,
                              PortrayalModelTrainer.Settings settings, List<NewsMtscExample> fit,
                              List<NewsMtscExample> heldOut) {
        PortrayalFeatures features = new PortrayalFeatures(templates, PortrayalFeatures.DEFAULT_BITS, vectors);
        List<PortrayalModelTrainer.Example> encoded = new ArrayList<>();
        for (NewsMtscExample e : fit) {
            encoded.add(new PortrayalModelTrainer.Example(features.extract(e.sentence(), e.from(), e.to()),
                    e.polarity().ordinal()));
        }
        long start = System.nanoTime();
        new PortrayalModelTrainer(settings, line -> { }).train(features, encoded, (epoch, model) -> {
            long before = System.nanoTime();
            PortrayalEvaluation e = PortrayalEvaluation.run(new PortrayalClassifier(model, vectors), heldOut);
            double micros = (System.nanoTime() - before) / 1e3 / heldOut.size();
            System.out.printf(Locale.ROOT, "%s epoch %d: held-out acc %.3f macro-F1 %.3f (%.0f s, %.0f us/mention)%n",
                    name, epoch, e.accuracy(), e.macroF1(), (System.nanoTime() - start) / 1e9, micros);
        });
    }

    private static void report(String name, PortrayalModel model, WordVectors vectors, List<NewsMtscExample> heldOut) {
        PortrayalClassifier classifier = new PortrayalClassifier(model, vectors);
        PortrayalEvaluation.run(classifier, heldOut);
        long before = System.nanoTime();
        PortrayalEvaluation e = PortrayalEvaluation.run(classifier, heldOut);
        System.out.printf(Locale.ROOT, "%-20s held-out acc %.3f macro-F1 %.3f (%.0f us/mention, second pass)%n", name,
                e.accuracy(), e.macroF1(), (System.nanoTime() - before) / 1e3 / heldOut.size());
    }

    private static void score(String name, EnumSet<Template> templates, WordVectors vectors,
                              PortrayalModelTrainer.Settings settings, List<NewsMtscExample> fit,
                              List<NewsMtscExample> heldOut) {
        PortrayalFeatures features = new PortrayalFeatures(templates, PortrayalFeatures.DEFAULT_BITS, vectors);
        PortrayalModel model = new PortrayalTraining(features, settings, line -> { }).train(fit);
        PortrayalEvaluation e = PortrayalEvaluation.run(new PortrayalClassifier(model, vectors), heldOut);
        System.out.printf(Locale.ROOT, "%-40s held-out acc %.3f macro-F1 %.3f (%d buckets)%n", name, e.accuracy(),
                e.macroF1(), model.size());
    }
}
