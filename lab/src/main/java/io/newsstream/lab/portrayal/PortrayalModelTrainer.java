package io.newsstream.lab.portrayal;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.portrayal.FeatureVector;
import io.newsstream.enrich.portrayal.MentionConvolution;
import io.newsstream.enrich.portrayal.MentionSequence;
import io.newsstream.enrich.portrayal.PortrayalFeatures;
import io.newsstream.enrich.portrayal.PortrayalModel;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link PortrayalModel}: multinomial logistic regression over the sparse features jointly with a one-hidden-
 * layer network over the dense ones, by stochastic gradient descent with AdaGrad step sizes and L2 regularisation.
 * Each class is weighted inversely to its frequency, so the rarer positive class counts as much as the others.
 * Deterministic: initial weights and the order of examples come from a fixed seed.
 */
public final class PortrayalModelTrainer {

    /**
     * @param epochs passes over the data
     * @param learningRate AdaGrad's base step for the sparse weights and the biases
     * @param denseLearningRate AdaGrad's base step for the weights over the dense features
     * @param l2 L2 penalty per example on the weights an example touches
     * @param hidden hidden units over the dense features; 0 makes them linear too
     * @param balanced weight each class by {@code n / (classes * n_class)}
     * @param minWeight sparse buckets whose weights are all below this magnitude are dropped from the model
     * @param filters units of the convolution over the word sequence ({@link MentionConvolution}); 0 for none
     * @param convolutionRate AdaGrad's base step for the convolution
     * @param dropout probability of dropping each pooled convolution unit while training
     * @param members models trained with seeds {@code seed, seed + 1, ...} and averaged (an ensemble)
     * @param positiveWeight a factor on POSITIVE's class weight, over the balanced one
     */
    public record Settings(int epochs, double learningRate, double denseLearningRate, double l2, int hidden,
                           boolean balanced, double minWeight, long seed, int filters, double convolutionRate,
                           double dropout, int members, double positiveWeight) {

        /**
         * The shipped model's settings, chosen on the held-out part of NewsMTSC train: 8 epochs, sparse step 0.02
         * (0.05 let the sparse weights fit the training set too fast), a 64-filter convolution (AdaGrad step 0.03,
         * dropout 0.25), one member (averaging two seeds gained under a point on held-out, within the noise, for
         * twice the cost), POSITIVE weighted 1.4 times its balanced weight (the weakest class; 0005, third round).
         */
        public static final Settings DEFAULT = new Settings(8, 0.02, 0.003, 1e-5, 64, true, 0.002, 42, 64, 0.03, 0.25,
                1, 1.4);

        /** Without a factor on POSITIVE's weight. */
        public Settings(int epochs, double learningRate, double denseLearningRate, double l2, int hidden,
                        boolean balanced, double minWeight, long seed, int filters, double convolutionRate,
                        double dropout, int members) {
            this(epochs, learningRate, denseLearningRate, l2, hidden, balanced, minWeight, seed, filters,
                    convolutionRate, dropout, members, 1);
        }

        public Settings {
            if (epochs < 1 || learningRate <= 0 || denseLearningRate <= 0 || l2 < 0 || hidden < 0 || minWeight < 0
                    || filters < 0 || convolutionRate <= 0 || dropout < 0 || dropout >= 1 || members < 1
                    || !(positiveWeight > 0)) {
                throw new IllegalArgumentException("epochs >= 1, learning rates > 0, l2 >= 0, hidden >= 0, "
                        + "minWeight >= 0, filters >= 0, 0 <= dropout < 1, members >= 1 and positiveWeight > 0 required");
            }
        }

        /** The same settings with a convolution of {@code filters} units (0 for none). */
        public Settings withConvolution(int filters, double convolutionRate, double dropout) {
            return new Settings(epochs, learningRate, denseLearningRate, l2, hidden, balanced, minWeight, seed,
                    filters, convolutionRate, dropout, members, positiveWeight);
        }

        public Settings withEpochs(int epochs) {
            return new Settings(epochs, learningRate, denseLearningRate, l2, hidden, balanced, minWeight, seed,
                    filters, convolutionRate, dropout, members, positiveWeight);
        }

        public Settings withMembers(int members) {
            return new Settings(epochs, learningRate, denseLearningRate, l2, hidden, balanced, minWeight, seed,
                    filters, convolutionRate, dropout, members, positiveWeight);
        }

        public Settings withSeed(long seed) {
            return new Settings(epochs, learningRate, denseLearningRate, l2, hidden, balanced, minWeight, seed,
                    filters, convolutionRate, dropout, members, positiveWeight);
        }
    }

    /** One training example: its features and its class (a {@link io.newsstream.core.article.Polarity} ordinal). */
    public record Example(FeatureVector features, int label) {
    }

    private static final int CLASSES = PortrayalModel.CLASSES;
    private static final double EPSILON = 1e-8;

    private final Settings settings;
    private final Consumer<String> progress;

    public PortrayalModelTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Trains {@link Settings#members()} models from consecutive seeds and averages them. */
    public PortrayalModel train(PortrayalFeatures features, List<Example> examples) {
        List<PortrayalModel> models = new java.util.ArrayList<>();
        for (int m = 0; m < settings.members(); m++) {
            if (settings.members() > 1) {
                progress.accept("ensemble member " + (m + 1) + "/" + settings.members());
            }
            models.add(new PortrayalModelTrainer(settings.withSeed(settings.seed() + m).withMembers(1), progress)
                    .train(features, examples, (epoch, model) -> { }));
        }
        return models.size() == 1 ? models.get(0) : PortrayalModel.average(models);
    }

    /** Called after each epoch with a model of the weights so far (for learning curves on held-out data). */
    public interface EpochListener {
        void epochDone(int epoch, PortrayalModel model);
    }

    /** Trains one model (whatever {@link Settings#members()} says), telling {@code listener} after each epoch. */
    public PortrayalModel train(PortrayalFeatures features, List<Example> examples, EpochListener listener) {
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        double[] classWeight = settings.balanced() ? classWeights(examples) : new double[] {1, 1, 1};
        classWeight[Polarity.POSITIVE.ordinal()] *= settings.positiveWeight();
        Random random = new Random(settings.seed());
        int d = features.denseSize();
        int hidden = d == 0 ? 0 : settings.hidden();
        int width = hidden == 0 ? d : hidden;
        float[][] standardisation = standardisation(examples, d);
        float[] w1 = new float[hidden * d];
        for (int i = 0; i < w1.length; i++) {
            w1[i] = (float) (random.nextGaussian() * Math.sqrt(2.0 / d));
        }
        float[] b1 = new float[hidden];
        float[] w2 = new float[CLASSES * width];
        for (int i = 0; i < w2.length; i++) {
            w2[i] = (float) (random.nextGaussian() * 0.01);
        }
        PortrayalModel.Parameters p = new PortrayalModel.Parameters(EnumSet.copyOf(features.templates().isEmpty()
                ? EnumSet.noneOf(PortrayalFeatures.Template.class) : features.templates()), features.bits(),
                new float[CLASSES], new int[0], new float[0], d, hidden, standardisation[0], standardisation[1], w1, b1, w2,
                null);
        MentionConvolution convolution = null;
        ConvolutionLearner convolutionLearner = null;
        if (settings.filters() > 0 && features.vectors() != null) {
            float[][] wordStandardisation = wordStandardisation(examples, features.vectors().dimensions());
            convolution = MentionConvolution.initial(settings.filters(), wordStandardisation[0],
                    wordStandardisation[1], random);
            convolutionLearner = new ConvolutionLearner(convolution, settings.convolutionRate(), settings.l2());
        }
        MentionConvolution.Trace trace = new MentionConvolution.Trace();
        float[] keep = convolution == null ? null : new float[2 * convolution.filters];
        float[] bias = p.bias();
        double[] biasSquares = new double[CLASSES];
        int buckets = 1 << features.bits();
        float[] sparse = new float[buckets * CLASSES];
        float[] sparseSquares = new float[buckets * CLASSES];
        float[] w1Squares = new float[w1.length];
        float[] b1Squares = new float[b1.length];
        float[] w2Squares = new float[w2.length];
        int[] order = new int[examples.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        float[] z = new float[d];
        double[] scores = new double[CLASSES];
        double[] gradient = new double[CLASSES];
        double rate = settings.learningRate();
        double denseRate = settings.denseLearningRate();
        double l2 = settings.l2();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            shuffle(order, random);
            double loss = 0;
            for (int index : order) {
                Example example = examples.get(index);
                int[] ids = example.features().ids();
                float[] h = d == 0 ? new float[0] : PortrayalModel.hidden(p, example.features().dense(), z);
                for (int c = 0; c < CLASSES; c++) {
                    double sum = bias[c];
                    for (int j = 0; j < h.length; j++) {
                        sum += w2[c * width + j] * h[j];
                    }
                    for (int id : ids) {
                        sum += sparse[id * CLASSES + c];
                    }
                    scores[c] = sum;
                }
                MentionSequence sequence = example.features().sequence();
                if (convolution != null) {
                    float[] pooled = convolution.forward(sequence, trace).clone();
                    for (int i = 0; i < keep.length; i++) {
                        // Inverted dropout: kept units are scaled up so that inference needs no change.
                        keep[i] = random.nextDouble() < settings.dropout() ? 0 : (float) (1 / (1 - settings.dropout()));
                        pooled[i] *= keep[i];
                    }
                    convolution.addScores(pooled, scores);
                }
                double[] probabilities = PortrayalModel.softmax(scores);
                double weight = classWeight[example.label()];
                loss -= weight * Math.log(Math.max(probabilities[example.label()], 1e-12));
                for (int c = 0; c < CLASSES; c++) {
                    gradient[c] = weight * (probabilities[c] - (c == example.label() ? 1 : 0));
                }
                if (convolution != null) {
                    convolutionLearner.learn(sequence, trace, gradient, keep);
                }
                if (hidden > 0) {
                    // Back through the hidden layer first, with the output weights as they were for this example.
                    for (int j = 0; j < hidden; j++) {
                        if (h[j] <= 0) {
                            continue;
                        }
                        double back = 0;
                        for (int c = 0; c < CLASSES; c++) {
                            back += gradient[c] * w2[c * width + j];
                        }
                        b1Squares[j] += (float) (back * back);
                        b1[j] -= (float) (denseRate * back / Math.sqrt(b1Squares[j] + EPSILON));
                        int base = j * d;
                        for (int i = 0; i < d; i++) {
                            double g = back * z[i] + l2 * w1[base + i];
                            w1Squares[base + i] += (float) (g * g);
                            w1[base + i] -= (float) (denseRate * g / Math.sqrt(w1Squares[base + i] + EPSILON));
                        }
                    }
                }
                for (int c = 0; c < CLASSES; c++) {
                    double g0 = gradient[c];
                    biasSquares[c] += g0 * g0;
                    bias[c] -= (float) (rate * g0 / Math.sqrt(biasSquares[c] + EPSILON));
                    for (int j = 0; j < h.length; j++) {
                        int at = c * width + j;
                        double g = g0 * h[j] + l2 * w2[at];
                        w2Squares[at] += (float) (g * g);
                        w2[at] -= (float) (denseRate * g / Math.sqrt(w2Squares[at] + EPSILON));
                    }
                    for (int id : ids) {
                        int at = id * CLASSES + c;
                        double g = g0 + l2 * sparse[at];
                        sparseSquares[at] += (float) (g * g);
                        sparse[at] -= (float) (rate * g / Math.sqrt(sparseSquares[at] + EPSILON));
                    }
                }
            }
            progress.accept(String.format(Locale.ROOT, "epoch %d/%d: mean loss %.4f", epoch, settings.epochs(),
                    loss / examples.size()));
            listener.epochDone(epoch, model(p, bias, sparse, buckets, w1, b1, w2, convolution));
        }
        return model(p, bias, sparse, buckets, w1, b1, w2, convolution);
    }

    private PortrayalModel model(PortrayalModel.Parameters p, float[] bias, float[] sparse, int buckets, float[] w1,
                              float[] b1, float[] w2, MentionConvolution convolution) {
        int d = p.denseSize();
        int hidden = p.hidden();
        int kept = 0;
        for (int b = 0; b < buckets; b++) {
            if (keep(sparse, b)) {
                kept++;
            }
        }
        int[] keys = new int[kept];
        float[] values = new float[kept * CLASSES];
        int k = 0;
        for (int b = 0; b < buckets; b++) {
            if (keep(sparse, b)) {
                keys[k] = b;
                System.arraycopy(sparse, b * CLASSES, values, k * CLASSES, CLASSES);
                k++;
            }
        }
        return new PortrayalModel(new PortrayalModel.Parameters(p.templates(), p.bits(), bias.clone(), keys, values, d,
                hidden, p.mean(), p.scale(), w1.clone(), b1.clone(), w2.clone(),
                convolution == null ? null : convolution.copy()));
    }

    private boolean keep(float[] sparse, int bucket) {
        for (int c = 0; c < CLASSES; c++) {
            float w = sparse[bucket * CLASSES + c];
            if (w != 0 && Math.abs(w) >= settings.minWeight()) {
                return true;
            }
        }
        return false;
    }

    /** Mean and inverse standard deviation of each dense feature, so that all enter the network on one scale. */
    private static float[][] standardisation(List<Example> examples, int d) {
        double[] sum = new double[d];
        double[] squares = new double[d];
        for (Example example : examples) {
            float[] dense = example.features().dense();
            for (int i = 0; i < d; i++) {
                sum[i] += dense[i];
                squares[i] += dense[i] * dense[i];
            }
        }
        float[] mean = new float[d];
        float[] scale = new float[d];
        int n = examples.size();
        for (int i = 0; i < d; i++) {
            mean[i] = (float) (sum[i] / n);
            double variance = Math.max(squares[i] / n - mean[i] * mean[i], 0);
            scale[i] = variance < 1e-12 ? 0 : (float) (1 / Math.sqrt(variance));
        }
        return new float[][] {mean, scale};
    }

    /** Mean and inverse standard deviation of each word-vector dimension over the words of the examples. */
    private static float[][] wordStandardisation(List<Example> examples, int d) {
        double[] sum = new double[d];
        double[] squares = new double[d];
        long n = 0;
        for (Example example : examples) {
            for (float[] v : example.features().sequence().vectors()) {
                if (v != null) {
                    n++;
                    for (int i = 0; i < d; i++) {
                        sum[i] += v[i];
                        squares[i] += v[i] * v[i];
                    }
                }
            }
        }
        float[] mean = new float[d];
        float[] scale = new float[d];
        for (int i = 0; i < d && n > 0; i++) {
            mean[i] = (float) (sum[i] / n);
            double variance = Math.max(squares[i] / n - mean[i] * mean[i], 0);
            scale[i] = variance < 1e-12 ? 0 : (float) (1 / Math.sqrt(variance));
        }
        return new float[][] {mean, scale};
    }

    private static double[] classWeights(List<Example> examples) {
        double[] counts = new double[CLASSES];
        examples.forEach(e -> counts[e.label()]++);
        double[] weights = new double[CLASSES];
        for (int c = 0; c < CLASSES; c++) {
            weights[c] = counts[c] == 0 ? 0 : examples.size() / (CLASSES * counts[c]);
        }
        return weights;
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
