package io.newsstream.lab.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.portrayal.MentionConvolution;
import io.newsstream.enrich.portrayal.MentionSequence;
import io.newsstream.enrich.portrayal.PortrayalModel;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A learning step of the convolution lowers the loss of the example it sees. */
class ConvolutionLearnerTest {

    /** "good <t> not bad ? well" with one word (index 4) missing from the vectors. */
    private static MentionSequence sequence() {
        float[][] vectors = {{1, 0, 0, 0}, null, {0, 0, 1, 0}, {0, 1, 0, 1}, null, {0.5f, 0.5f, 0, 0}};
        boolean[] negated = {false, false, false, true, false, false};
        return new MentionSequence(vectors, 1, negated);
    }

    @Test
    void aLearningStepLowersTheLossOfItsExample() {
        MentionConvolution conv = MentionConvolution.initial(6, new float[] {0.1f, -0.2f, 0, 0.3f},
                new float[] {1, 2, 0.5f, 1}, new Random(3));
        ConvolutionLearner learner = new ConvolutionLearner(conv, 0.05, 0);
        int label = 0;
        double before = loss(conv, label);
        for (int step = 0; step < 20; step++) {
            MentionConvolution.Trace trace = new MentionConvolution.Trace();
            double[] scores = new double[PortrayalModel.CLASSES];
            conv.addScores(conv.forward(sequence(), trace), scores);
            double[] probabilities = PortrayalModel.softmax(scores);
            double[] gradient = new double[PortrayalModel.CLASSES];
            for (int c = 0; c < gradient.length; c++) {
                gradient[c] = probabilities[c] - (c == label ? 1 : 0);
            }
            learner.learn(sequence(), trace, gradient, null);
        }
        assertThat(loss(conv, label)).isLessThan(before * 0.5);
    }

    private static double loss(MentionConvolution conv, int label) {
        double[] scores = new double[PortrayalModel.CLASSES];
        conv.addScores(conv.forward(sequence(), new MentionConvolution.Trace()), scores);
        return -Math.log(PortrayalModel.softmax(scores)[label]);
    }
}
