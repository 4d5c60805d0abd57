package io.newsstream.lab.duplicates;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.story.StorySettings;
import io.newsstream.lab.SharedDatasets;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** The targets, on the generated sets and, where present, the shared real pages. */
class DuplicateEvaluationTest {

    @Test
    void meetsTheTargetsOnTheGeneratedSetsAndMergesNoRealPages() {
        DuplicateEvaluation evaluation = new DuplicateEvaluation(Enricher.builder().clock(Clock.systemUTC()).withoutStance().build(),
                StorySettings.DEFAULT);

        DuplicateEvaluation.Report report = evaluation.run(SharedDatasets.root().orElse(null));
        report.lines().forEach(System.out::println);
        report.misses().forEach(System.out::println);

        assertThat(report.copiesSetSize()).isEqualTo(160);
        assertThat(report.copies().precision()).isGreaterThanOrEqualTo(0.99);
        assertThat(report.copies().recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.storiesSetSize()).isGreaterThanOrEqualTo(100);
        assertThat(report.events()).isGreaterThanOrEqualTo(20);
        assertThat(report.stories().precision()).isGreaterThanOrEqualTo(0.9);
        if (SharedDatasets.root().isPresent()) {
            assertThat(report.realPages()).isGreaterThan(100);
            assertThat(report.realMerges()).isEmpty();
        }
    }
}
