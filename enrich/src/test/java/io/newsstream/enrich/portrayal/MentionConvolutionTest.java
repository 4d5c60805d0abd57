package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The convolution's two forward passes agree (its learning step is tested in lab's {@code ConvolutionLearnerTest}). */
class MentionConvolutionTest {

    private static final int DIMS = 4;

    private static MentionConvolution convolution(int filters) {
        float[] mean = {0.1f, -0.2f, 0, 0.3f};
        float[] scale = {1, 2, 0.5f, 1};
        return MentionConvolution.initial(filters, mean, scale, new Random(3));
    }

    /** "good <t> not bad ? well" with one word (index 4) missing from the vectors. */
    private static MentionSequence sequence() {
        float[][] vectors = {{1, 0, 0, 0}, null, {0, 0, 1, 0}, {0, 1, 0, 1}, null, {0.5f, 0.5f, 0, 0}};
        boolean[] negated = {false, false, false, true, false, false};
        return new MentionSequence(vectors, 1, negated);
    }

    @Test
    void theCachedPassGivesTheSameUnitsAsTheTrainingPass() {
        MentionConvolution conv = convolution(8);
        float[] direct = conv.forward(sequence(), new MentionConvolution.Trace());
        float[] cached = conv.pooledFromCache(sequence());
        float[] again = conv.pooledFromCache(sequence());
        assertThat(cached).hasSize(16);
        for (int i = 0; i < direct.length; i++) {
            assertThat(cached[i]).isCloseTo(direct[i], within(1e-5f));
            assertThat(again[i]).isEqualTo(cached[i]);
        }
    }

    @Test
    void theMentionsPositionChangesTheUnits() {
        MentionConvolution conv = convolution(8);
        conv.positions[(MentionConvolution.CLIP + 2) * 8] = 5;
        MentionSequence near = sequence();
        MentionSequence far = new MentionSequence(near.vectors(), 5, near.negated());
        assertThat(conv.pooledFromCache(far)).isNotEqualTo(conv.pooledFromCache(near));
    }

    @Test
    void anEmptySentenceScoresNothing() {
        MentionConvolution conv = convolution(4);
        double[] scores = new double[PortrayalModel.CLASSES];
        conv.addScores(MentionSequence.EMPTY, scores);
        assertThat(scores).containsOnly(0.0);
    }
}
