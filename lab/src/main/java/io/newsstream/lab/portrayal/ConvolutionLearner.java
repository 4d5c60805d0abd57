package io.newsstream.lab.portrayal;

import io.newsstream.enrich.portrayal.MentionConvolution;
import io.newsstream.enrich.portrayal.MentionSequence;
import io.newsstream.enrich.portrayal.PortrayalModel;

/** Trains a {@link MentionConvolution} in place: AdaGrad state for each weight, and the gradient buffers of one example. */
final class ConvolutionLearner {

    private static final int WIDTH = MentionConvolution.WIDTH;
    private static final int CLIP = MentionConvolution.CLIP;
    private static final int FLAGS = MentionConvolution.FLAGS;
    private static final int CLASSES = PortrayalModel.CLASSES;
    private static final double EPSILON = 1e-8;

    private final MentionConvolution m;
    private final double rate;
    private final double l2;
    private final float[] weightSquares;
    private final float[] flagSquares;
    private final float[] positionSquares;
    private final float[] biasSquares;
    private final float[] outputSquares;
    private final float[] weightGradient;
    private final float[] flagGradient;
    private final float[] positionGradient;
    private final float[] biasGradient;
    private final boolean[] rowTouched;

    ConvolutionLearner(MentionConvolution m, double rate, double l2) {
        this.m = m;
        this.rate = rate;
        this.l2 = l2;
        weightSquares = new float[m.weights.length];
        flagSquares = new float[m.flagWeights.length];
        positionSquares = new float[m.positions.length];
        biasSquares = new float[m.bias.length];
        outputSquares = new float[m.output.length];
        weightGradient = new float[m.weights.length];
        flagGradient = new float[m.flagWeights.length];
        positionGradient = new float[m.positions.length];
        biasGradient = new float[m.bias.length];
        rowTouched = new boolean[WIDTH * m.dims];
    }

    /**
     * One step for the example behind {@code trace}, given the loss gradient of the class scores and the dropout
     * mask applied to the pooled units ({@code null} for none; the forward scores used the same mask).
     */
    void learn(MentionSequence sequence, MentionConvolution.Trace trace, double[] gradient, float[] keep) {
        int filters = m.filters;
        int width = 2 * filters;
        float[] pooledGradient = new float[width];
        for (int c = 0; c < CLASSES; c++) {
            int base = c * width;
            for (int p = 0; p < width; p++) {
                pooledGradient[p] += (float) (gradient[c] * m.output[base + p]);
            }
        }
        for (int c = 0; c < CLASSES; c++) {
            int base = c * width;
            for (int p = 0; p < width; p++) {
                float input = keep == null ? trace.pooled[p] : trace.pooled[p] * keep[p];
                step(m.output, outputSquares, base + p, gradient[c] * input);
            }
        }
        if (keep != null) {
            for (int p = 0; p < width; p++) {
                pooledGradient[p] *= keep[p];
            }
        }
        int length = trace.length;
        if (length == 0) {
            return;
        }
        float[] unitGradient = new float[length * filters];
        for (int f = 0; f < filters; f++) {
            int t = trace.argMax[f];
            if (trace.units[t * filters + f] > 0) {
                unitGradient[t * filters + f] += pooledGradient[f];
            }
            float share = pooledGradient[filters + f] / length;
            for (int s = 0; s < length; s++) {
                if (trace.units[s * filters + f] > 0) {
                    unitGradient[s * filters + f] += share;
                }
            }
        }
        int target = sequence.target();
        for (int t = 0; t < length; t++) {
            int row = t * filters;
            int distance = Math.max(-CLIP, Math.min(CLIP, trace.from + t - target)) + CLIP;
            for (int f = 0; f < filters; f++) {
                float g = unitGradient[row + f];
                biasGradient[f] += g;
                positionGradient[distance * filters + f] += g;
            }
        }
        int dims = m.dims;
        for (int j = 0; j < length; j++) {
            float[] input = trace.inputs[j];
            int word = trace.from + j;
            for (int k = 0; k < WIDTH; k++) {
                int t = j - k + 1;
                if (t < 0 || t >= length) {
                    continue;
                }
                int row = t * filters;
                if (input != null) {
                    for (int i = 0; i < dims; i++) {
                        float xi = input[i];
                        if (xi != 0) {
                            rowTouched[k * dims + i] = true;
                            int base = (k * dims + i) * filters;
                            for (int f = 0; f < filters; f++) {
                                weightGradient[base + f] += xi * unitGradient[row + f];
                            }
                        }
                    }
                }
                if (word == target) {
                    accumulate(flagGradient, (k * FLAGS) * filters, unitGradient, row, filters);
                }
                if (sequence.negated()[word]) {
                    accumulate(flagGradient, (k * FLAGS + 1) * filters, unitGradient, row, filters);
                }
            }
        }
        for (int r = 0; r < rowTouched.length; r++) {
            if (rowTouched[r]) {
                rowTouched[r] = false;
                int base = r * filters;
                for (int f = 0; f < filters; f++) {
                    step(m.weights, weightSquares, base + f, weightGradient[base + f]);
                    weightGradient[base + f] = 0;
                }
            }
        }
        flush(m.flagWeights, flagSquares, flagGradient);
        flush(m.positions, positionSquares, positionGradient);
        flush(m.bias, biasSquares, biasGradient);
    }

    private static void accumulate(float[] to, int at, float[] from, int offset, int count) {
        for (int f = 0; f < count; f++) {
            to[at + f] += from[offset + f];
        }
    }

    private void flush(float[] values, float[] squares, float[] gradient) {
        for (int i = 0; i < values.length; i++) {
            if (gradient[i] != 0) {
                step(values, squares, i, gradient[i]);
                gradient[i] = 0;
            }
        }
    }

    private void step(float[] values, float[] squares, int i, double g) {
        g += l2 * values[i];
        squares[i] += (float) (g * g);
        values[i] -= (float) (rate * g / Math.sqrt(squares[i] + EPSILON));
    }
}
