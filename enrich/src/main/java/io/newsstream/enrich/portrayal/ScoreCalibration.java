package io.newsstream.enrich.portrayal;

/**
 * Turns the model's probabilities into calibrated ones: each class's log-probability is scaled by
 * {@code sharpness} (one over a temperature) and shifted by a class bias, then normalised again. The model is trained
 * with a class-balanced loss, which overstates POSITIVE and NEGATIVE on news where most mentions are neutral; the
 * biases take that back. Fitted on the held-out part of NewsMTSC train, to a model trained without it, when the model
 * is trained (lab {@code PortrayalTraining}), and kept in the model file ({@link PortrayalModel#calibration()}).
 */
public record ScoreCalibration(double sharpness, double positiveBias, double negativeBias) {

    /** Leaves probabilities as they are. */
    public static final ScoreCalibration NONE = new ScoreCalibration(1, 0, 0);

    public ScoreCalibration {
        if (!(sharpness > 0) || !Double.isFinite(positiveBias) || !Double.isFinite(negativeBias)) {
            throw new IllegalArgumentException("sharpness must be above 0 and biases finite, not " + sharpness + ", "
                    + positiveBias + ", " + negativeBias);
        }
    }

    public PortrayalScore apply(PortrayalScore score) {
        double positive = logit(score.positive()) + positiveBias;
        double negative = logit(score.negative()) + negativeBias;
        double neutral = logit(score.neutral());
        double max = Math.max(positive, Math.max(negative, neutral));
        double p = Math.exp(positive - max);
        double n = Math.exp(negative - max);
        double o = Math.exp(neutral - max);
        double sum = p + n + o;
        return new PortrayalScore(p / sum, n / sum, o / sum);
    }

    /** The scaled log-probability; a probability of 0 is read as a tiny one so the result stays finite. */
    private double logit(double probability) {
        return sharpness * Math.log(Math.max(probability, 1e-12));
    }
}
