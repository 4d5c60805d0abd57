package io.newsstream.lab.portrayal;

import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalFeatures;
import io.newsstream.enrich.portrayal.PortrayalModel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The training recipe: hold out a part of the training data (by sentence, so no sentence is on both sides), train on
 * the rest and score the held-out part, then train the final model on everything with the same settings.
 */
public final class PortrayalTraining {

    /** Percent of the sentences held out for the reported score. */
    public static final int HELD_OUT_PERCENT = 15;

    /** What came out: the model trained on all examples and the held-out score of the one trained without them. */
    public record Result(PortrayalModel model, PortrayalEvaluation heldOut) {
    }

    private final PortrayalFeatures features;
    private final PortrayalModelTrainer.Settings settings;
    private final Consumer<String> progress;

    public PortrayalTraining(PortrayalFeatures features, PortrayalModelTrainer.Settings settings,
                                Consumer<String> progress) {
        this.features = features;
        this.settings = settings;
        this.progress = progress;
    }

    public Result run(List<NewsMtscExample> examples) {
        List<NewsMtscExample> fit = new ArrayList<>();
        List<NewsMtscExample> heldOut = new ArrayList<>();
        for (NewsMtscExample example : examples) {
            (isHeldOut(example) ? heldOut : fit).add(example);
        }
        progress.accept("training on " + fit.size() + " examples, holding out " + heldOut.size());
        PortrayalModel trial = train(fit);
        PortrayalEvaluation score = PortrayalEvaluation.run(new PortrayalClassifier(trial, features.vectors()), heldOut);
        progress.accept(String.format(java.util.Locale.ROOT, "held-out accuracy %.3f, macro-F1 %.3f",
                score.accuracy(), score.macroF1()));
        progress.accept("training the final model on all " + examples.size() + " examples");
        return new Result(train(examples), score);
    }

    public PortrayalModel train(List<NewsMtscExample> examples) {
        List<PortrayalModelTrainer.Example> encoded = new ArrayList<>(examples.size());
        for (NewsMtscExample example : examples) {
            encoded.add(new PortrayalModelTrainer.Example(
                    features.extract(example.sentence(), example.from(), example.to()), example.polarity().ordinal()));
        }
        return new PortrayalModelTrainer(settings, progress).train(features, encoded);
    }

    /** A stable choice by the sentence's text: the same sentence with another target lands on the same side. */
    static boolean isHeldOut(NewsMtscExample example) {
        int h = example.sentence().hashCode() * 0x9E3779B9;
        return Integer.remainderUnsigned(h >>> 8, 100) < HELD_OUT_PERCENT;
    }
}
