package io.newsstream.enrich.portrayal;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A position-aware convolution over the word vectors of a sentence, the part of {@link PortrayalModel} that reads word
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
 *
 * <p>The weights are public, mutable arrays because lab's trainer ({@code ConvolutionLearner}) updates them in place;
 * nothing at inference changes them.
 */
public final class MentionConvolution {

    public static final int WIDTH = 3;
    public static final int CLIP = 15;
    static final int SPAN = 30;
    public static final int FLAGS = 2;
    private static final int CLASSES = PortrayalModel.CLASSES;

    public final int filters;
    public final int dims;
    /** Standardisation of the word vectors: {@code (v - mean) * scale}. */
    public final float[] mean;
    public final float[] scale;
    /** {@code [WIDTH][dims][filters]}. */
    public final float[] weights;
    /** {@code [WIDTH][FLAGS][filters]}: mention flag, negation flag. */
    public final float[] flagWeights;
    /** {@code [2 * CLIP + 1][filters]}, by the window centre's distance to the mention. */
    public final float[] positions;
    public final float[] bias;
    /** {@code [CLASSES][2 * filters]}: max-pooled units, then mean-pooled ones. */
    public final float[] output;
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
    public static MentionConvolution initial(int filters, float[] mean, float[] scale, Random random) {
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
    public MentionConvolution copy() {
        return new MentionConvolution(filters, dims, mean, scale, weights.clone(), flagWeights.clone(),
                positions.clone(), bias.clone(), output.clone());
    }

    private static void check(float[] values, int size, String name) {
        if (values.length != size) {
            throw new IllegalArgumentException("convolution " + name + ": " + values.length + " values, not " + size);
        }
    }

    /** What a forward pass leaves for the backward pass. */
    public static final class Trace {
        public int from;
        public int length;
        public float[][] inputs;
        public float[] units;
        public int[] argMax;
        public float[] pooled;
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

    public void addScores(float[] pooled, double[] scores) {
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
    public float[] forward(MentionSequence sequence, Trace trace) {
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
}
