package io.newsstream.enrich.portrayal;

/**
 * The features of one mention: hashed sparse ids (each worth 1, repeated when a feature occurs twice), a short
 * dense part (averaged word vectors around the mention; empty without word vectors) and the sentence's word vectors
 * in order, for the convolution (empty without word vectors).
 */
public record FeatureVector(int[] ids, float[] dense, MentionSequence sequence) {

    public FeatureVector(int[] ids, float[] dense) {
        this(ids, dense, MentionSequence.EMPTY);
    }
}
