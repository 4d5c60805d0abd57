package io.newsstream.lab.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ScrapedTextEvaluationTest {

    // Reached with MainTextFinder's first version (body F1 0.903, title 0.464; the cleaning before it scored 0.673
    // and 0.021), less 0.01 so one borderline page does not fail the build.
    private static final double FLOOR_BODY_F1 = 0.893;
    private static final double FLOOR_TITLE = 0.454;

    @Test
    void newsPagesScrapedTextsComeOutCloseToTheirArticle() {
        Optional<Path> data = SharedDatasets.find("news-pages");
        Assumptions.assumeTrue(data.isPresent(), SharedDatasets.ABSENT);

        ScrapedTextEvaluation.Result result = new ScrapedTextEvaluation().evaluate(ExtractionDataset.read(data.get()));

        result.summary().forEach(System.out::println);
        assertThat(result.pages()).hasSizeGreaterThanOrEqualTo(190);
        assertThat(result.bodyF1()).isGreaterThanOrEqualTo(FLOOR_BODY_F1);
        assertThat(result.titleAccuracy()).isGreaterThanOrEqualTo(FLOOR_TITLE);
    }

    @Test
    void titlesCompareAfterUnicodeQuoteDashSpaceAndCaseFolding() {
        assertThat(ScrapedTextEvaluation.sameTitle("Pilots \u2018Strike\u2019 \u2013 Again", "pilots  'strike' - again"))
                .isTrue();
        assertThat(ScrapedTextEvaluation.sameTitle("Pilots Strike", "Pilots Strike Again")).isFalse();
        assertThat(ScrapedTextEvaluation.sameTitle("Pilots Strike", null)).isFalse();
    }
}
