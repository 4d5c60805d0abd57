package io.newsstream.enrich.portrayal;

import io.newsstream.core.article.Polarity;

/** The probabilities a classifier gives each polarity for one mention; they sum to 1. */
public record PortrayalScore(double positive, double negative, double neutral) {

    static PortrayalScore of(double[] probabilities) {
        return new PortrayalScore(probabilities[Polarity.POSITIVE.ordinal()], probabilities[Polarity.NEGATIVE.ordinal()],
                probabilities[Polarity.NEUTRAL.ordinal()]);
    }

    public double probability(Polarity polarity) {
        return switch (polarity) {
            case POSITIVE -> positive;
            case NEGATIVE -> negative;
            case NEUTRAL -> neutral;
        };
    }

    /** The most probable polarity. */
    public Polarity label() {
        if (positive >= negative && positive >= neutral) {
            return Polarity.POSITIVE;
        }
        return negative >= neutral ? Polarity.NEGATIVE : Polarity.NEUTRAL;
    }

    /** The probability of {@link #label()}. */
    public double confidence() {
        return probability(label());
    }
}
