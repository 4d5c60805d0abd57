package io.newsstream.lab.portrayal;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalFeatures;
import io.newsstream.enrich.portrayal.PortrayalModel;
import io.newsstream.enrich.portrayal.PortrayalScore;
import io.newsstream.enrich.portrayal.ScoreCalibration;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Calibrates the portrayal classifier and chooses its abstention threshold, on data it was not trained on: a model is
 * trained with the shipped settings on NewsMTSC train without its held-out part ({@link PortrayalTraining#isHeldOut}),
 * a {@link ScoreCalibration} is fitted to its answers on the held-out part (least log loss), and the threshold
 * ({@code EntityPortrayal.CONFIDENT}) is the lowest calibrated probability at which its POSITIVE and NEGATIVE answers
 * there are right {@link #TARGET_PRECISION} of the time. Neither NewsMTSC dev nor the reader's pages are used.
 *
 * <p>{@code newsstream train entity-stance} does this itself and writes the calibration into the model file. Run alone:
 * {@code java -cp ... io.newsstream.lab.portrayal.PortrayalCalibration ../shared/datasets/newsmtsc/train.jsonl}
 * (deterministic; it trains one model, several minutes on one core) prints the report; with {@code SIBLING MODEL}
 * after it, it reads the sibling (a model trained without the held-out part, for example by lab
 * {@code FeatureSetExperiment member}) instead of training one, and writes the calibration into {@code MODEL}.
 */
public final class PortrayalCalibration {

    public static final double TARGET_PRECISION = 0.85;
    private static final int BINS = 10;
    private static final int FIT_ROUNDS = 20_000;
    private static final double FIT_STEP = 0.05;

    /** One held-out mention: the model's probabilities and the gold polarity. */
    record Answer(PortrayalScore score, Polarity gold) {
    }

    private final List<Answer> answers;

    PortrayalCalibration(List<Answer> answers) {
        this.answers = List.copyOf(answers);
    }

    /** Classifies every example with {@code classifier}, as it answers before calibration. */
    public static PortrayalCalibration run(PortrayalClassifier classifier, List<NewsMtscExample> examples) {
        List<Answer> answers = new ArrayList<>();
        for (NewsMtscExample example : examples) {
            answers.add(new Answer(classifier.classify(example.sentence(), example.from(), example.to()),
                    example.polarity()));
        }
        return new PortrayalCalibration(answers);
    }

    /**
     * The calibration of least log loss on these answers, by gradient descent: the loss is convex in the sharpness and
     * the biases (a multinomial logistic regression on the log-probabilities), so it finds the one minimum.
     */
    public ScoreCalibration fit() {
        double sharpness = 1;
        double positiveBias = 0;
        double negativeBias = 0;
        int n = answers.size();
        for (int round = 0; round < FIT_ROUNDS; round++) {
            double gradSharpness = 0;
            double gradPositive = 0;
            double gradNegative = 0;
            ScoreCalibration current = new ScoreCalibration(sharpness, positiveBias, negativeBias);
            for (Answer answer : answers) {
                PortrayalScore calibrated = current.apply(answer.score());
                for (Polarity c : Polarity.values()) {
                    double error = calibrated.probability(c) - (answer.gold() == c ? 1 : 0);
                    gradSharpness += error * Math.log(Math.max(answer.score().probability(c), 1e-12));
                    gradPositive += c == Polarity.POSITIVE ? error : 0;
                    gradNegative += c == Polarity.NEGATIVE ? error : 0;
                }
            }
            sharpness = Math.max(0.05, sharpness - FIT_STEP * gradSharpness / n);
            positiveBias -= FIT_STEP * gradPositive / n;
            negativeBias -= FIT_STEP * gradNegative / n;
        }
        return new ScoreCalibration(sharpness, positiveBias, negativeBias);
    }

    /** Mean negative log-probability of the gold class under {@code calibration}. */
    public double logLoss(ScoreCalibration calibration) {
        double sum = 0;
        for (Answer answer : answers) {
            sum -= Math.log(Math.max(calibration.apply(answer.score()).probability(answer.gold()), 1e-12));
        }
        return answers.isEmpty() ? 0 : sum / answers.size();
    }

    /** Precision of the non-neutral answers whose calibrated probability is at least {@code threshold}. */
    public double precision(ScoreCalibration calibration, double threshold) {
        int kept = 0;
        int right = 0;
        for (Answer answer : answers) {
            PortrayalScore score = calibration.apply(answer.score());
            if (score.label() != Polarity.NEUTRAL && score.confidence() >= threshold) {
                kept++;
                right += score.label() == answer.gold() ? 1 : 0;
            }
        }
        return kept == 0 ? 0 : (double) right / kept;
    }

    /** The share of gold non-neutral mentions given their label with calibrated probability at least {@code threshold}. */
    public double recall(ScoreCalibration calibration, double threshold) {
        int gold = 0;
        int found = 0;
        for (Answer answer : answers) {
            if (answer.gold() == Polarity.NEUTRAL) {
                continue;
            }
            gold++;
            PortrayalScore score = calibration.apply(answer.score());
            found += score.label() == answer.gold() && score.confidence() >= threshold ? 1 : 0;
        }
        return gold == 0 ? 0 : (double) found / gold;
    }

    /** The lowest threshold (in steps of 0.05) whose precision reaches {@link #TARGET_PRECISION}, or 1 if none does. */
    public double threshold(ScoreCalibration calibration) {
        for (int step = 7; step < 20; step++) {
            double threshold = step * 0.05;
            if (precision(calibration, threshold) >= TARGET_PRECISION) {
                return threshold;
            }
        }
        return 1;
    }

    public String report(ScoreCalibration calibration) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%d mentions; calibration %s; log loss %.4f before, %.4f after%n", answers.size(), calibration,
                logLoss(ScoreCalibration.NONE), logLoss(calibration)));
        out.append("reliability of calibrated POSITIVE/NEGATIVE answers by probability:\n");
        for (int bin = 3; bin < BINS; bin++) {
            double low = (double) bin / BINS;
            double high = (double) (bin + 1) / BINS;
            int in = 0;
            int right = 0;
            for (Answer answer : answers) {
                PortrayalScore score = calibration.apply(answer.score());
                double p = score.confidence();
                if (score.label() != Polarity.NEUTRAL && p >= low && (p < high || high == 1)) {
                    in++;
                    right += score.label() == answer.gold() ? 1 : 0;
                }
            }
            out.append(String.format(Locale.ROOT, "  [%.1f, %.1f): %4d answers, %.3f right%n", low, high, in,
                    in == 0 ? 0 : (double) right / in));
        }
        out.append("threshold  precision  recall\n");
        for (int step = 7; step < 20; step++) {
            double threshold = step * 0.05;
            out.append(String.format(Locale.ROOT, "  %.2f      %.3f      %.3f%n", threshold,
                    precision(calibration, threshold), recall(calibration, threshold)));
        }
        out.append(String.format(Locale.ROOT, "threshold for precision %.2f: %.2f%n", TARGET_PRECISION,
                threshold(calibration)));
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1 && args.length != 3) {
            throw new IllegalArgumentException("give NewsMTSC train (../shared/datasets/newsmtsc/train.jsonl), then "
                    + "optionally a sibling model trained without its held-out part and the model to calibrate");
        }
        List<NewsMtscExample> fit = new ArrayList<>();
        List<NewsMtscExample> heldOut = new ArrayList<>();
        for (NewsMtscExample example : NewsMtscReader.read(Path.of(args[0]))) {
            (PortrayalTraining.isHeldOut(example) ? heldOut : fit).add(example);
        }
        PortrayalFeatures features = new PortrayalFeatures(PortrayalFeatures.DEFAULT_TEMPLATES,
                PortrayalFeatures.DEFAULT_BITS, PortrayalClassifier.bundledVectors());
        PortrayalModel sibling;
        if (args.length == 3) {
            sibling = load(Path.of(args[1]));
        } else {
            System.err.println("training on " + fit.size() + " examples, calibrating on " + heldOut.size());
            sibling = new PortrayalTraining(features, PortrayalModelTrainer.Settings.DEFAULT, System.err::println)
                    .train(fit);
        }
        PortrayalCalibration calibration = run(new PortrayalClassifier(sibling, features.vectors()), heldOut);
        ScoreCalibration fitted = calibration.fit();
        System.out.print(calibration.report(fitted));
        if (args.length == 3) {
            Path target = Path.of(args[2]);
            List<String> header = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                    new GZIPInputStream(Files.newInputStream(target)), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null && line.startsWith("#"); line = reader.readLine()) {
                    header.add(line.substring(1).strip());
                }
            }
            PortrayalModel calibrated = load(target).withCalibration(fitted);
            try (OutputStream out = Files.newOutputStream(target)) {
                calibrated.save(out, header);
            }
            System.out.println("wrote the calibration into " + target);
        }
    }

    private static PortrayalModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return PortrayalModel.load(file.toString(), in);
        }
    }
}
