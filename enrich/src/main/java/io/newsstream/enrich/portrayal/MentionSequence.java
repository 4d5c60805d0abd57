package io.newsstream.enrich.portrayal;

/**
 * The words of a sentence as a sequence for {@link MentionConvolution}: each word's vector (null for the mention
 * itself and for words without a vector), the index of the mention, and which words a negation covers. The arrays
 * are shared with the word-vector table and must not be changed.
 */
public record MentionSequence(float[][] vectors, int target, boolean[] negated) {

    static final MentionSequence EMPTY = new MentionSequence(new float[0][], 0, new boolean[0]);

    public int length() {
        return vectors.length;
    }
}
