package io.newsstream.enrich.language;

import opennlp.tools.ml.model.Context;

/**
 * The language model's weights side by side in two arrays, in the order of its vocabulary, adding up exactly as
 * OpenNLP's {@code GISModel.eval} does (the same sums in the same order, then the same normalisation): the model's
 * own layout, two small arrays per n-gram scattered over the heap, cost a cache miss or two per n-gram. Immutable.
 */
final class LanguageWeights {

    /** Where each n-gram's weights start in {@link #outcomes} and {@link #parameters}; one more for the end. */
    private final int[] start;
    private final int[] outcomes;
    private final double[] parameters;

    /** {@code contexts[id]} holds the weights of the n-gram with that place in the vocabulary. */
    LanguageWeights(Context[] contexts) {
        start = new int[contexts.length + 1];
        for (int id = 0; id < contexts.length; id++) {
            start[id + 1] = start[id] + contexts[id].getOutcomes().length;
        }
        outcomes = new int[start[contexts.length]];
        parameters = new double[start[contexts.length]];
        for (int id = 0; id < contexts.length; id++) {
            System.arraycopy(contexts[id].getOutcomes(), 0, outcomes, start[id], contexts[id].getOutcomes().length);
            System.arraycopy(contexts[id].getParameters(), 0, parameters, start[id], contexts[id].getParameters().length);
        }
    }

    /**
     * Adds the weights of the n-grams {@code ids}, in that order, to {@code probabilities} (the prior's logarithms),
     * then turns the sums into probabilities that add up to one.
     */
    void eval(int[] ids, double[] probabilities) {
        for (int id : ids) {
            for (int k = start[id]; k < start[id + 1]; k++) {
                probabilities[outcomes[k]] += parameters[k];
            }
        }
        double total = 0;
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] = StrictMath.exp(probabilities[i]);
            total += probabilities[i];
        }
        for (int i = 0; i < probabilities.length; i++) {
            probabilities[i] /= total;
        }
    }
}
