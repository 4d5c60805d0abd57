package io.newsstream.lab.entities;

import io.newsstream.enrich.entities.BioTag;
import io.newsstream.enrich.entities.TaggedSpan;
import io.newsstream.enrich.entities.TaggerFeatures;
import io.newsstream.enrich.entities.TaggerModel;
import io.newsstream.enrich.text.Token;
import io.newsstream.enrich.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Trains the name tagger as an averaged structured perceptron: each epoch visits the sentences in a shuffled order
 * (fixed seed), decodes each with the current weights and, where the best tags differ from the true ones, moves the
 * weights toward the true tags. The average of the weights over all steps is the model, which generalises better
 * than the last weights. Silver sentences (labelled by another tagger) are shuffled in with the gold ones, their
 * updates scaled by {@link Settings#silverWeight()}, as their labels are less sure. Deterministic for given sentences
 * and settings.
 */
public final class TaggerTrainer {

    /** How the training runs; {@code silverWeight} is the size of a silver sentence's update (a gold one's is 1). */
    public record Settings(int bits, int epochs, long seed, float silverWeight) {
        public static final Settings DEFAULT = new Settings(18, 10, 13L);

        public Settings(int bits, int epochs, long seed) {
            this(bits, epochs, seed, 1f);
        }

        public Settings withSilverWeight(float weight) {
            return new Settings(bits, epochs, seed, weight);
        }

        @Override
        public String toString() {
            return "2^" + bits + " feature buckets, " + epochs + " epochs, shuffling seed " + seed
                    + (silverWeight == 1f ? "" : ", silver updates weighted " + silverWeight);
        }
    }

    /** A sentence ready for training: its tokens' features, true tags and the size of its updates. */
    private record Example(int[][] features, BioTag[] tags, float weight) {
    }

    private static final int TAGS = TaggerModel.TAGS;

    private final TaggerFeatures features;
    private final Settings settings;

    public TaggerTrainer(TaggerFeatures features, Settings settings) {
        this.features = features;
        this.settings = settings;
    }

    public TaggerModel train(List<LabelledSentence> sentences) {
        return train(sentences, List.of());
    }

    /** Trains on gold and silver sentences together (the gold first, then all shuffled each epoch). */
    public TaggerModel train(List<LabelledSentence> gold, List<LabelledSentence> silver) {
        List<Example> examples = new ArrayList<>(gold.size() + silver.size());
        addExamples(gold, 1f, examples);
        addExamples(silver, settings.silverWeight(), examples);
        float[] weights = new float[(1 << settings.bits()) * TAGS];
        float[] transitions = new float[(TAGS + 1) * TAGS];
        // Sums of step-weighted updates, for the average: average = weights - sums / steps.
        double[] weightSums = new double[weights.length];
        double[] transitionSums = new double[transitions.length];
        TaggerModel model = new TaggerModel(settings.bits(), weights, transitions);
        Random random = new Random(settings.seed());
        List<Example> order = new ArrayList<>(examples);
        int step = 1;
        for (int epoch = 0; epoch < settings.epochs(); epoch++) {
            Collections.shuffle(order, random);
            for (Example example : order) {
                BioTag[] guess = model.decode(example.features());
                if (!Arrays.equals(guess, example.tags())) {
                    update(model, example, guess, step, weights, weightSums, transitions, transitionSums);
                }
                step++;
            }
        }
        float[] averaged = new float[weights.length];
        for (int i = 0; i < weights.length; i++) {
            averaged[i] = (float) (weights[i] - weightSums[i] / step);
        }
        float[] averagedTransitions = new float[transitions.length];
        for (int i = 0; i < transitions.length; i++) {
            averagedTransitions[i] = (float) (transitions[i] - transitionSums[i] / step);
        }
        return new TaggerModel(settings.bits(), averaged, averagedTransitions);
    }

    private void addExamples(List<LabelledSentence> sentences, float weight, List<Example> examples) {
        for (LabelledSentence sentence : sentences) {
            List<Token> tokens = Tokenizer.tokenize(sentence.text());
            examples.add(new Example(features.of(sentence.text(), tokens), trueTags(tokens, sentence.names()), weight));
        }
    }

    private static void update(TaggerModel model, Example example, BioTag[] guess, int step, float[] weights,
            double[] weightSums, float[] transitions, double[] transitionSums) {
        BioTag[] truth = example.tags();
        float size = example.weight();
        for (int i = 0; i < truth.length; i++) {
            int right = truth[i].ordinal();
            int wrong = guess[i].ordinal();
            if (right != wrong) {
                for (int feature : example.features()[i]) {
                    int row = model.bucket(feature) * TAGS;
                    add(weights, weightSums, row + right, size, step);
                    add(weights, weightSums, row + wrong, -size, step);
                }
            }
            int rightBefore = i == 0 ? TAGS : truth[i - 1].ordinal();
            int wrongBefore = i == 0 ? TAGS : guess[i - 1].ordinal();
            if (right != wrong || rightBefore != wrongBefore) {
                add(transitions, transitionSums, rightBefore * TAGS + right, size, step);
                add(transitions, transitionSums, wrongBefore * TAGS + wrong, -size, step);
            }
        }
    }

    private static void add(float[] weights, double[] sums, int index, float delta, int step) {
        weights[index] += delta;
        sums[index] += (double) delta * step;
    }

    /** The tokens' tags from the true names: the first token a name overlaps begins it, the others continue it. */
    static BioTag[] trueTags(List<Token> tokens, List<TaggedSpan> names) {
        BioTag[] tags = new BioTag[tokens.size()];
        Arrays.fill(tags, BioTag.O);
        for (TaggedSpan name : names) {
            boolean first = true;
            for (int i = 0; i < tokens.size(); i++) {
                Token token = tokens.get(i);
                if (token.start() < name.end() && token.end() > name.start()) {
                    tags[i] = BioTag.of(name.type(), first);
                    first = false;
                }
            }
        }
        return tags;
    }
}
