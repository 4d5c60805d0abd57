package io.newsstream.lab.devset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void precisionRecallAndF1FollowTheirDefinitions() {
        Score score = new Score(6, 2, 4);
        assertThat(score.precision()).isCloseTo(0.75, within(1e-9));
        assertThat(score.recall()).isCloseTo(0.6, within(1e-9));
        assertThat(score.f1()).isCloseTo(2 * 0.75 * 0.6 / 1.35, within(1e-9));
    }

    @Test
    void nothingPredictedAndNothingExpectedIsPerfectButNothingFoundIsNot() {
        assertThat(Score.ZERO.f1()).isEqualTo(1.0);
        assertThat(new Score(0, 0, 3).recall()).isZero();
        assertThat(new Score(0, 0, 3).f1()).isZero();
        assertThat(new Score(1, 1, 0).plus(new Score(1, 0, 2))).isEqualTo(new Score(2, 1, 2));
    }
}
