package io.newsstream.lab.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.enrich.extract.PageMetadataReader;
import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The metadata figures on news-pages: what the reader reached when this test was written, less 0.01. */
class MetadataEvaluationTest {

    @Test
    void readerKeepsItsFiguresOnNewsPages() {
        Optional<Path> data = SharedDatasets.find("news-pages");
        assumeTrue(data.isPresent(), SharedDatasets.ABSENT);

        MetadataEvaluation.Report report = MetadataEvaluation.evaluate(data.get(), new PageMetadataReader()::read);

        assertThat(report.titlePages()).isEqualTo(193);
        assertThat(report.title()).isGreaterThanOrEqualTo(0.860);
        assertThat(report.authors().f1()).isGreaterThanOrEqualTo(0.914);
        assertThat(report.date()).isGreaterThanOrEqualTo(0.959);
        assertThat(report.publisher()).isGreaterThanOrEqualTo(0.949);
    }

    @Test
    void readerBeatsTheNaiveBaseline() {
        Optional<Path> data = SharedDatasets.find("news-pages");
        assumeTrue(data.isPresent(), SharedDatasets.ABSENT);

        MetadataEvaluation.Report naive = MetadataEvaluation.evaluate(data.get(), new NaiveMetadataReader()::read);
        MetadataEvaluation.Report reader = MetadataEvaluation.evaluate(data.get(), new PageMetadataReader()::read);

        assertThat(reader.title()).isGreaterThan(naive.title());
        assertThat(reader.authors().f1()).isGreaterThan(naive.authors().f1());
        assertThat(reader.date()).isGreaterThan(naive.date());
        assertThat(reader.publisher()).isGreaterThan(naive.publisher());
    }
}
