package io.newsstream.lab.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.extract.PageExtractor;
import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.List;
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
        assertThat(report.body().f1()).isGreaterThanOrEqualTo(0.949);
        assertThat(report.worst(3)).hasSize(3);
        // The fields as PageExtractor returns them (metadata and the confirmed language), each 0.01 under its figure.
        assertThat(report.lines()).containsSubsequence(List.of(
                figure(report, "title"), figure(report, "authors F1"), figure(report, "date (same day)"),
                figure(report, "publisher"), figure(report, "language")));
        assertThat(value(report, "title")).isGreaterThanOrEqualTo(0.860);
        assertThat(value(report, "authors F1")).isGreaterThanOrEqualTo(0.914);
        assertThat(value(report, "date (same day)")).isGreaterThanOrEqualTo(0.959);
        assertThat(value(report, "publisher")).isGreaterThanOrEqualTo(0.949);
        assertThat(value(report, "language")).isGreaterThanOrEqualTo(0.985);
    }

    private static String figure(ExtractionEvaluation.Report report, String field) {
        return report.lines().stream().filter(line -> line.startsWith(field + " ")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + field + " line in " + report.lines()));
    }

    private static double value(ExtractionEvaluation.Report report, String field) {
        return Double.parseDouble(figure(report, field).substring(field.length() + 1).split(" ")[0]);
    }
}
