package io.newsstream.lab.portrayal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.enrich.portrayal.EntityPortrayal;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.lab.SharedDatasets;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bundled model on NewsMTSC's dev split, when the data set is there (it is not part of the repository). */
class NewsMtscDevSetTest {

    /** The level the shipped model reaches (0.709); a change that lowers it should be noticed. */
    private static final double MACRO_F1_FLOOR = 0.70;
    /** Calibrated answers at or above the threshold on dev: 0.892 (recall 0.280), measured once after choosing. */
    private static final double DEV_PRECISION_FLOOR = 0.85;

    private static List<NewsMtscExample> devSplit() throws IOException {
        Optional<Path> newsMtsc = SharedDatasets.find("newsmtsc");
        assumeTrue(newsMtsc.isPresent(), SharedDatasets.ABSENT);
        return NewsMtscReader.read(newsMtsc.get().resolve("dev.jsonl"));
    }

    @Test
    void bundledModelKeepsItsMacroF1OnTheDevSplit() throws Exception {
        PortrayalEvaluation evaluation = PortrayalEvaluation.run(PortrayalClassifier.bundled(), devSplit());
        assertThat(evaluation.total()).isEqualTo(343);
        assertThat(evaluation.macroF1()).isGreaterThanOrEqualTo(MACRO_F1_FLOOR);
    }

    /**
     * The threshold is chosen on held-out train (lab {@code PortrayalCalibration}); dev only checks that the calibrated
     * answers above it are still mostly right on data neither step saw, and better than answers taken as they come.
     */
    @Test
    void calibratedAnswersAboveTheThresholdAreMostlyRightOnTheDevSplit() throws Exception {
        PortrayalClassifier bundled = PortrayalClassifier.bundled();
        PortrayalCalibration calibration = PortrayalCalibration.run(bundled, devSplit());
        assertThat(calibration.precision(bundled.calibration(), EntityPortrayal.CONFIDENT))
                .isGreaterThanOrEqualTo(DEV_PRECISION_FLOOR)
                .isGreaterThan(calibration.precision(bundled.calibration(), 0.35));
    }
}
