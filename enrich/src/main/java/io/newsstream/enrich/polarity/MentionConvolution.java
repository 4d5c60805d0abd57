package io.newsstream.enrich.polarity;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A position-aware convolution over the word vectors of a sentence, the part of {@link StanceModel} that reads word
 * order: each window of three words gives {@code filters} ReLU units, which also see each word's flags (is it the
 * mention, is it negated) and a learned bias for the window's distance to the mention (clipped to
 * ±{@value #CLIP}), so a filter can learn "praise close to the mention" apart from "praise elsewhere". The units are
 * max- and mean-pooled over the sentence and weighted into the class scores.
 *
 * <p>Only words within {@value #SPAN} words of the mention are read, which bounds the cost of a long sentence.
 * Arrays are row-major with the filter index last, so the inner loops run over contiguous filters. A trained
 * convolution caches each word's contribution to the three window positions (its vector through the window
 * weights), so classifying costs a few additions per word instead of {@code 3 * dims * filters} multiplications;
 * the cache is bounded by the word-vector table (about {@code 12 * filters} bytes per word).
 */
final class MentionConvolution {

    static final int WIDTH = 3;
    static final int CLIP = 15;
    static final int SPAN = 30;
    private static final int FLAGS = 2;
    private static final int CLASSES = StanceModel.CLASSES;
    private static final double EPSILON = 1e-8;

    final int filters;
    final int dims;
    /** Standardisation of the word vectors: {@code (v - mean) * scale}. */
    final float[] mean;
    final float[] scale;
    /** {@code [WIDTH][dims][filters]}. */
    final float[] weights;
    /** {@code [WIDTH][FLAGS][filters]}: mention flag, negation flag. */
    final float[] flagWeights;
    /** {@code [2 * CLIP + 1][filters]}, by the window centre's distance to the mention. */
    final float[] positions;
    final float[] bias;
    /** {@code [CLASSES][2 * filters]}: max-pooled units, then mean-pooled ones. */
    final float[] output;
    /** Word vector (by identity: arrays are the word-vector table's own) to its window contributions. */
    private final Map<float[], float[]> projections = new ConcurrentHashMap<>();

    MentionConvolution(int filters, int dims, float[] mean, float[] scale, float[] weights, float[] flagWeights,
                       float[] positions, float[] bias, float[] output) {
        this.filters = filters;
        this.dims = dims;
        this.mean = mean;
        this.scale = scale;
        this.weights = weights;
        this.flagWeights = flagWeights;
        this.positions = positions;
        this.bias = bias;
        this.output = output;
        check(mean, dims, "mean");
        check(scale, dims, "scale");
        check(weights, WIDTH * dims * filters, "weights");
        check(flagWeights, WIDTH * FLAGS * filters, "flag weights");
        check(positions, (2 * CLIP + 1) * filters, "position weights");
        check(bias, filters, "bias");
        check(output, CLASSES * 2 * filters, "output weights");
    }

    /** Fresh random weights (He initialisation for the window weights, small output weights). */
    static MentionConvolution initial(int filters, float[] mean, float[] scale, Random random) {
        int dims = mean.length;
        float[] weights = new float[WIDTH * dims * filters];
        double spread = Math.sqrt(2.0 / (WIDTH * dims));
        for (int i = 0; i < weights.length; i++) {
            weights[i] = (float) (random.nextGaussian() * spread);
        }
        float[] output = new float[CLASSES * 2 * filters];
        for (int i = 0; i < output.length; i++) {
            output[i] = (float) (random.nextGaussian() * 0.01);
        }
        return new MentionConvolution(filters, dims, mean, scale, weights, new float[WIDTH * FLAGS * filters],
                new float[(2 * CLIP + 1) * filters], new float[filters], output);
    }

    /** An independent copy (the trainer keeps changing its own). */
    MentionConvolution copy() {
        return new MentionConvolution(filters, dims, mean, scale, weights.clone(), flagWeights.clone(),
                positions.clone(), bias.clone(), output.clone());
    }

    private static void check(float[] values, int size, String name) {
        if (values.length != size) {
            throw new IllegalArgumentException("convolution " + name + ": " + values.length + " values, not " + size);
        }
    }

    /** What a forward pass leaves for the backward pass. */
    static final class Trace {
        int from;
        int length;
        float[][] inputs;
        float[] units;
        int[] argMax;
        float[] pooled;
    }

    /** Adds this part's class scores for {@code sequence} to {@code scores}. */
    void addScores(MentionSequence sequence, double[] scores) {
        addScores(pooledFromCache(sequence), scores);
    }

    /** The pooled units, with each word's window contributions from the cache; for a trained convolution only. */
    float[] pooledFromCache(MentionSequence sequence) {
        int n = sequence.length();
        int target = sequence.target();
        int from = Math.max(0, target - SPAN);
        int to = Math.min(n, target + SPAN + 1);
        int length = Math.max(0, to - from);
        float[] units = new float[Math.max(1, length) * filters];
        for (int t = 0; t < length; t++) {
            int distance = Math.max(-CLIP, Math.min(CLIP, from + t - target)) + CLIP;
            System.arraycopy(bias, 0, units, t * filters, filters);
            add(positions, distance * filters, units, t * filters, 1f);
        }
        for (int j = from; j < to; j++) {
            float[] v = sequence.vectors()[j];
            float[] projection = v == null ? null : projections.computeIfAbsent(v, this::project);
            for (int k = 0; k < WIDTH; k++) {
                int t = j - k + 1 - from;
                if (t < 0 || t >= length) {
                    continue;
                }
                int row = t * filters;
                if (projection != null) {
                    add(projection, k * filters, units, row, 1f);
                }
                if (j == target) {
                    add(flagWeights, (k * FLAGS) * filters, units, row, 1f);
                }
                if (sequence.negated()[j]) {
                    add(flagWeights, (k * FLAGS + 1) * filters, units, row, 1f);
                }
            }
        }
        return pool(units, length, new Trace());
    }

    /** A word vector's contribution to the units of the windows where it is first, middle and last word. */
    private float[] project(float[] v) {
        float[] projection = new float[WIDTH * filters];
        for (int k = 0; k < WIDTH; k++) {
            int base = k * dims * filters;
            for (int i = 0; i < dims; i++) {
                float x = (v[i] - mean[i]) * scale[i];
                if (x != 0) {
                    add(weights, base + i * filters, projection, k * filters, x);
                }
            }
        }
        return projection;
    }

    void addScores(float[] pooled, double[] scores) {
        int width = 2 * filters;
        for (int c = 0; c < CLASSES; c++) {
            double sum = 0;
            int base = c * width;
            for (int p = 0; p < width; p++) {
                sum += output[base + p] * pooled[p];
            }
            scores[c] += sum;
        }
    }

    /** The pooled units (max then mean) for {@code sequence}; {@code trace} keeps what training needs. */
    float[] forward(MentionSequence sequence, Trace trace) {
        int n = sequence.length();
        int target = sequence.target();
        int from = Math.max(0, target - SPAN);
        int to = Math.min(n, target + SPAN + 1);
        int length = Math.max(0, to - from);
        float[] units = new float[Math.max(1, length) * filters];
        float[][] inputs = new float[length][];
        for (int t = 0; t < length; t++) {
            int distance = Math.max(-CLIP, Math.min(CLIP, from + t - target)) + CLIP;
            System.arraycopy(bias, 0, units, t * filters, filters);
            add(positions, distance * filters, units, t * filters, 1f);
        }
        for (int j = from; j < to; j++) {
            float[] v = sequence.vectors()[j];
            float[] input = null;
            if (v != null) {
                input = new float[dims];
                for (int i = 0; i < dims; i++) {
                    input[i] = (v[i] - mean[i]) * scale[i];
                }
                inputs[j - from] = input;
            }
            for (int k = 0; k < WIDTH; k++) {
                int t = j - k + 1 - from;
                if (t < 0 || t >= length) {
                    continue;
                }
                int row = t * filters;
                if (input != null) {
                    int base = k * dims * filters;
                    for (int i = 0; i < dims; i++) {
                        if (input[i] != 0) {
                            add(weights, base + i * filters, units, row, input[i]);
                        }
                    }
                }
                if (j == target) {
                    add(flagWeights, (k * FLAGS) * filters, units, row, 1f);
                }
                if (sequence.negated()[j]) {
                    add(flagWeights, (k * FLAGS + 1) * filters, units, row, 1f);
                }
            }
        }
        trace.from = from;
        trace.inputs = inputs;
        return pool(units, length, trace);
    }

    /** ReLU over the units, then max- and mean-pooling over the positions. */
    private float[] pool(float[] units, int length, Trace trace) {
        float[] pooled = new float[2 * filters];
        int[] argMax = new int[filters];
        for (int t = 0; t < length; t++) {
            int row = t * filters;
            for (int f = 0; f < filters; f++) {
                float u = Math.max(0, units[row + f]);
                units[row + f] = u;
                if (u > pooled[f]) {
                    pooled[f] = u;
                    argMax[f] = t;
                }
                pooled[filters + f] += u;
            }
        }
        if (length > 0) {
            for (int f = 0; f < filters; f++) {
                pooled[filters + f] /= length;
            }
        }
        trace.length = length;
        trace.units = units;
        trace.argMax = argMax;
        trace.pooled = pooled;
        return pooled;
    }

    /** {@code to[at..] += factor * from[offset..]} over one row of filters. */
    private void add(float[] from, int offset, float[] to, int at, float factor) {
        for (int f = 0; f < filters; f++) {
            to[at + f] += factor * from[offset + f];
        }
    }

    /** AdaGrad state for training this part, and the gradient buffers of one example. */
    static final class Learner {

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

        Learner(MentionConvolution m, double rate, double l2) {
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
        void learn(MentionSequence sequence, Trace trace, double[] gradient, float[] keep) {
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
}
