package io.newsstream.lab.portrayal;

import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalFeatures;
import io.newsstream.enrich.portrayal.PortrayalModel;
import io.newsstream.enrich.portrayal.ScoreCalibration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The training recipe: hold out a part of the training data (by sentence, so no sentence is on both sides), train on
 * the rest, score the held-out part and fit the calibration to the answers there ({@link PortrayalCalibration}), then
 * train the final model on everything with the same settings and give it that calibration.
 */
public final class PortrayalTraining {

    /** Percent of the sentences held out for the reported score. */
    public static final int HELD_OUT_PERCENT = 15;

    /**
     * What came out: the model trained on all examples, calibrated; the held-out score of the one trained without
     * them; and its held-out answers, to which the calibration was fitted (they also choose the threshold).
     */
    public record Result(PortrayalModel model, PortrayalEvaluation heldOut, PortrayalCalibration heldOutAnswers) {
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
        PortrayalClassifier trial = new PortrayalClassifier(train(fit), features.vectors());
        PortrayalEvaluation score = PortrayalEvaluation.run(trial, heldOut);
        progress.accept(String.format(java.util.Locale.ROOT, "held-out accuracy %.3f, macro-F1 %.3f",
                score.accuracy(), score.macroF1()));
        PortrayalCalibration answers = PortrayalCalibration.run(trial, heldOut);
        ScoreCalibration calibration = answers.fit();
        progress.accept(answers.report(calibration));
        progress.accept("training the final model on all " + examples.size() + " examples");
        return new Result(train(examples).withCalibration(calibration), score, answers);
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
