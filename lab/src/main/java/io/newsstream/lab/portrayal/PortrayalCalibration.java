package io.newsstream.lab.portrayal;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalScore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How far the portrayal classifier's probabilities can be trusted, on NewsMTSC-format data it was not trained on: the
 * reliability of its POSITIVE and NEGATIVE answers by probability bin, and for each threshold the precision and the
 * share of gold non-neutral mentions kept. The portrayal's abstention threshold ({@code EntityPortrayal.CONFIDENT}) is
 * the lowest threshold whose precision reaches {@link #TARGET_PRECISION} here, never chosen on the reader's pages.
 *
 * <p>Run: {@code java -cp ... io.newsstream.lab.portrayal.PortrayalCalibration ../shared/datasets/newsmtsc/dev.jsonl}.
 */
public final class PortrayalCalibration {

    static final double TARGET_PRECISION = 0.85;
    private static final int BINS = 10;

    /** One non-neutral answer: its probability and whether gold agrees. */
    record Answer(double probability, boolean right) {
    }

    private final List<Answer> answers;
    private final int goldOpinions;

    private PortrayalCalibration(List<Answer> answers, int goldOpinions) {
        this.answers = answers;
        this.goldOpinions = goldOpinions;
    }

    public static PortrayalCalibration run(PortrayalClassifier classifier, List<NewsMtscExample> examples) {
        List<Answer> answers = new ArrayList<>();
        int gold = 0;
        for (NewsMtscExample example : examples) {
            PortrayalScore score = classifier.classify(example.sentence(), example.from(), example.to());
            if (example.polarity() != Polarity.NEUTRAL) {
                gold++;
            }
            if (score.label() != Polarity.NEUTRAL) {
                answers.add(new Answer(score.confidence(), score.label() == example.polarity()));
            }
        }
        return new PortrayalCalibration(answers, gold);
    }

    /** Precision of the non-neutral answers whose probability is at least {@code threshold}; 0 when there are none. */
    public double precision(double threshold) {
        long kept = answers.stream().filter(a -> a.probability() >= threshold).count();
        long right = answers.stream().filter(a -> a.probability() >= threshold && a.right()).count();
        return kept == 0 ? 0 : (double) right / kept;
    }

    /** The share of gold non-neutral mentions given their right label with probability at least {@code threshold}. */
    public double recall(double threshold) {
        long right = answers.stream().filter(a -> a.probability() >= threshold && a.right()).count();
        return goldOpinions == 0 ? 0 : (double) right / goldOpinions;
    }

    /** The lowest threshold (in steps of 0.05) whose precision reaches {@link #TARGET_PRECISION}, or 1 if none does. */
    public double threshold() {
        for (int step = 7; step < 20; step++) {
            double threshold = step * 0.05;
            if (precision(threshold) >= TARGET_PRECISION) {
                return threshold;
            }
        }
        return 1;
    }

    public String report() {
        StringBuilder out = new StringBuilder("reliability of POSITIVE/NEGATIVE answers by probability:\n");
        for (int bin = 3; bin < BINS; bin++) {
            double low = (double) bin / BINS;
            double high = (double) (bin + 1) / BINS;
            List<Answer> in = answers.stream()
                    .filter(a -> a.probability() >= low && (a.probability() < high || high == 1)).toList();
            long right = in.stream().filter(Answer::right).count();
            out.append(String.format(Locale.ROOT, "  [%.1f, %.1f): %4d answers, %.3f right%n", low, high, in.size(),
                    in.isEmpty() ? 0 : (double) right / in.size()));
        }
        out.append("threshold  precision  recall\n");
        for (int step = 7; step < 20; step++) {
            double threshold = step * 0.05;
            out.append(String.format(Locale.ROOT, "  %.2f      %.3f      %.3f%n", threshold, precision(threshold),
                    recall(threshold)));
        }
        out.append(String.format(Locale.ROOT, "threshold for precision %.2f: %.2f%n", TARGET_PRECISION, threshold()));
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("give a NewsMTSC-format file, e.g. ../shared/datasets/newsmtsc/dev.jsonl");
        }
        System.out.print(run(PortrayalClassifier.bundled(), NewsMtscReader.read(Path.of(args[0]))).report());
    }
}
