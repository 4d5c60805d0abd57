package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.data.DataFileException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The shipped model loads and reads right; a broken model file says where (training is tested in lab). */
class PortrayalModelTest {

    @Test
    void aBrokenModelFileNamesItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("# header\nbits\t16\n123\t0.1\tnot-a-number\t0\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> PortrayalModel.load("broken.tsv.gz", new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(DataFileException.class).hasMessageContaining("broken.tsv.gz line 3");
    }

    @Test
    void theBundledModelRunsWithTheBundledVectors() {
        PortrayalClassifier classifier = PortrayalClassifier.bundled();
        String sentence = "Prosecutors charged Hal Brenner with fraud and bribery on Monday.";
        assertThat(classifier.classify(sentence, 20, 31).label()).isEqualTo(Polarity.NEGATIVE);
    }

    @Test
    void theBundledModelCarriesItsCalibration() {
        assertThat(PortrayalClassifier.bundled().calibration()).isNotEqualTo(ScoreCalibration.NONE);
    }
}
