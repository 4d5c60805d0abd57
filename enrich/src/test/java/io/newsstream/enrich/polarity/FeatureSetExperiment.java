package io.newsstream.enrich.polarity;

import io.newsstream.enrich.polarity.StanceFeatures.Template;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Compares feature sets and training settings on the held-out part of NewsMTSC's train.jsonl (never on dev). Run by
 * hand: {@code java -cp enrich/target/test-classes:enrich/target/classes:$(cat /tmp/cp.txt)
 * io.newsstream.enrich.polarity.FeatureSetExperiment /work/shared/datasets/newsmtsc/train.jsonl VECTORS_FILE MODE}
 * with MODE {@code ablation} or {@code grid}.
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
        all.forEach(e -> (EntityStanceTraining.isHeldOut(e) ? heldOut : fit).add(e));
        String mode = args.length > 2 ? args[2] : "ablation";
        StanceModelTrainer.Settings base = StanceModelTrainer.Settings.DEFAULT;
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
        } else if (mode.equals("final")) {
            // Reporting only: the settings are chosen on the held-out part before this runs.
            EnumSet<Template> templates = EnumSet.allOf(Template.class);
            for (String name : args[3].split(",")) {
                templates.remove(Template.valueOf(name));
            }
            StanceModelTrainer.Settings settings = new StanceModelTrainer.Settings(Integer.parseInt(args[5]),
                    base.learningRate(), Double.parseDouble(args[6]), base.l2(), Integer.parseInt(args[7]), true,
                    base.minWeight(), base.seed());
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
                                new StanceModelTrainer.Settings(epochs, base.learningRate(), denseRate, base.l2(), hidden,
                                        true, base.minWeight(), base.seed()), fit, heldOut);
                    }
                }
            }
        }
    }

    private static void score(String name, EnumSet<Template> templates, WordVectors vectors,
                              StanceModelTrainer.Settings settings, List<NewsMtscExample> fit,
                              List<NewsMtscExample> heldOut) {
        StanceFeatures features = new StanceFeatures(templates, StanceFeatures.DEFAULT_BITS, vectors);
        StanceModel model = new EntityStanceTraining(features, settings, line -> { }).train(fit);
        EntityStanceEvaluation e = EntityStanceEvaluation.run(new EntityStanceClassifier(model, vectors), heldOut);
        System.out.printf(Locale.ROOT, "%-40s held-out acc %.3f macro-F1 %.3f (%d buckets)%n", name, e.accuracy(),
                e.macroF1(), model.size());
    }
}
