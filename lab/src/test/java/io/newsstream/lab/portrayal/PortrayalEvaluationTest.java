package io.newsstream.lab.portrayal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import io.newsstream.core.article.Polarity;
import org.junit.jupiter.api.Test;

class PortrayalEvaluationTest {

    @Test
    void scoresPerClassAndMacroF1() {
        PortrayalEvaluation e = new PortrayalEvaluation();
        e.add(Polarity.POSITIVE, Polarity.POSITIVE);
        e.add(Polarity.POSITIVE, Polarity.NEUTRAL);
        e.add(Polarity.NEGATIVE, Polarity.NEGATIVE);
        e.add(Polarity.NEUTRAL, Polarity.NEUTRAL);

        assertThat(e.accuracy()).isEqualTo(0.75);
        assertThat(e.precision(Polarity.POSITIVE)).isEqualTo(1.0);
        assertThat(e.recall(Polarity.POSITIVE)).isEqualTo(0.5);
        assertThat(e.f1(Polarity.NEUTRAL)).isCloseTo(2 * 0.5 / 1.5, offset(1e-9));
        assertThat(e.macroF1()).isCloseTo((2.0 / 3 + 1 + 2.0 / 3) / 3, offset(1e-9));
        assertThat(e.report()).contains("accuracy: 0.750").endsWith("macro-F1: 0.778\n");
    }

    @Test
    void aClassNeverPredictedScoresZeroNotNaN() {
        PortrayalEvaluation e = new PortrayalEvaluation();
        e.add(Polarity.POSITIVE, Polarity.NEUTRAL);
        assertThat(e.f1(Polarity.POSITIVE)).isZero();
        assertThat(e.macroF1()).isZero();
    }
}
