package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreCalibrationTest {

    private static final PortrayalScore SCORE = new PortrayalScore(0.7, 0.2, 0.1);

    @Test
    void noneLeavesProbabilitiesAsTheyAre() {
        PortrayalScore same = ScoreCalibration.NONE.apply(SCORE);
        assertThat(same.positive()).isCloseTo(0.7, within(1e-9));
        assertThat(same.negative()).isCloseTo(0.2, within(1e-9));
        assertThat(same.neutral()).isCloseTo(0.1, within(1e-9));
    }

    @Test
    void lowerSharpnessSoftensAndNegativeBiasesMoveMassToNeutral() {
        assertThat(new ScoreCalibration(0.5, 0, 0).apply(SCORE).positive()).isLessThan(0.7).isGreaterThan(0.34);
        PortrayalScore shifted = new ScoreCalibration(1, -1, -1).apply(SCORE);
        assertThat(shifted.neutral()).isGreaterThan(0.1);
        assertThat(shifted.positive() + shifted.negative() + shifted.neutral()).isCloseTo(1, within(1e-9));
        assertThat(shifted.positive() / shifted.negative()).isCloseTo(3.5, within(1e-9));
    }
}
