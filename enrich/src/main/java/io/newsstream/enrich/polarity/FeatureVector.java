package io.newsstream.enrich.polarity;

/**
 * The features of one mention: hashed sparse ids (each worth 1, repeated when a feature occurs twice) and a short
 * dense part (averaged word vectors around the mention; empty without word vectors).
 */
public record FeatureVector(int[] ids, float[] dense) {
}
