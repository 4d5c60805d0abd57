package io.newsstream.lab.portrayal;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import java.util.List;
import java.util.Locale;

/** Scores predicted polarities against gold ones: accuracy, precision, recall and F1 per class, macro-F1, confusion. */
public final class PortrayalEvaluation {

    private static final Polarity[] CLASSES = Polarity.values();

    /** {@code confusion[gold][predicted]}, indexed by {@link Polarity#ordinal()}. */
    private final int[][] confusion = new int[CLASSES.length][CLASSES.length];
    private int total;

    /** Classifies every example and scores the answers. */
    public static PortrayalEvaluation run(PortrayalClassifier classifier, List<NewsMtscExample> examples) {
        PortrayalEvaluation evaluation = new PortrayalEvaluation();
        for (NewsMtscExample example : examples) {
            evaluation.add(example.polarity(),
                    classifier.classify(example.sentence(), example.from(), example.to()).label());
        }
        return evaluation;
    }

    public void add(Polarity gold, Polarity predicted) {
        confusion[gold.ordinal()][predicted.ordinal()]++;
        total++;
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        int right = 0;
        for (Polarity p : CLASSES) {
            right += confusion[p.ordinal()][p.ordinal()];
        }
        return total == 0 ? 0 : (double) right / total;
    }

    public double precision(Polarity p) {
        int predicted = 0;
        for (Polarity gold : CLASSES) {
            predicted += confusion[gold.ordinal()][p.ordinal()];
        }
        return predicted == 0 ? 0 : (double) confusion[p.ordinal()][p.ordinal()] / predicted;
    }

    public double recall(Polarity p) {
        int gold = 0;
        for (Polarity predicted : CLASSES) {
            gold += confusion[p.ordinal()][predicted.ordinal()];
        }
        return gold == 0 ? 0 : (double) confusion[p.ordinal()][p.ordinal()] / gold;
    }

    public double f1(Polarity p) {
        double precision = precision(p);
        double recall = recall(p);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    /** The unweighted mean of the three F1 scores, NewsMTSC's headline measure. */
    public double macroF1() {
        double sum = 0;
        for (Polarity p : CLASSES) {
            sum += f1(p);
        }
        return sum / CLASSES.length;
    }

    public int count(Polarity gold, Polarity predicted) {
        return confusion[gold.ordinal()][predicted.ordinal()];
    }

    /** A plain-text report; its last line is {@code macro-F1: 0.NNN}. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "examples: %d%n", total));
        out.append(String.format(Locale.ROOT, "accuracy: %.3f%n", accuracy()));
        out.append(String.format(Locale.ROOT, "%-9s %9s %9s %9s %7s%n", "class", "precision", "recall", "F1", "gold"));
        for (Polarity p : CLASSES) {
            int gold = 0;
            for (Polarity predicted : CLASSES) {
                gold += count(p, predicted);
            }
            out.append(String.format(Locale.ROOT, "%-9s %9.3f %9.3f %9.3f %7d%n", p, precision(p), recall(p), f1(p), gold));
        }
        out.append("confusion (rows gold, columns predicted):\n");
        out.append(String.format(Locale.ROOT, "%-9s", ""));
        for (Polarity p : CLASSES) {
            out.append(String.format(Locale.ROOT, " %9s", p));
        }
        out.append('\n');
        for (Polarity gold : CLASSES) {
            out.append(String.format(Locale.ROOT, "%-9s", gold));
            for (Polarity predicted : CLASSES) {
                out.append(String.format(Locale.ROOT, " %9d", count(gold, predicted)));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT, "macro-F1: %.3f%n", macroF1()));
        return out.toString();
    }
}
