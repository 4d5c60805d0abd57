package io.newsstream.lab.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.extract.PageExtractor;
import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The body figures on the shared data, held at what the extractor reached (minus 0.01) so a regression fails. */
class ExtractionEvaluationTest {

    private static Path dataset(String name) {
        Optional<Path> dir = SharedDatasets.find(name);
        Assumptions.assumeTrue(dir.isPresent(), SharedDatasets.ABSENT);
        return dir.get();
    }

    @Test
    void bodyOfTheArticleExtractionBenchmark() {
        ExtractionEvaluation.Report report = ExtractionEvaluation.run(new PageExtractor(), dataset("article-extraction"));

        assertThat(report.body().pages()).isEqualTo(91);
        assertThat(report.body().f1()).isGreaterThanOrEqualTo(0.954);
        assertThat(report.lines()).first().asString().startsWith("body F1 0.9").endsWith("over 91 pages");
    }

    @Test
    void bodyOfTheNewsPages() {
        ExtractionEvaluation.Report report = ExtractionEvaluation.run(new PageExtractor(), dataset("news-pages"));

        assertThat(report.body().pages()).isEqualTo(193);
        assertThat(report.body().f1()).isGreaterThanOrEqualTo(0.942);
        assertThat(report.worst(3)).hasSize(3);
    }
}
