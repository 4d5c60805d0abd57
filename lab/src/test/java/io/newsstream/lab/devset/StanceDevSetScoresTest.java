package io.newsstream.lab.devset;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.Enricher;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enricher's stances on the written stance development set ({@code devset/stance-articles.jsonl}) must not fall
 * below the scores reached; raise the floors when it improves. The scores are printed so a run shows where it stands.
 */
class StanceDevSetScoresTest {

    private static final Logger log = LoggerFactory.getLogger(StanceDevSetScoresTest.class);
    // Reached on 2026-11-23 with the bundled targets (topic 0.925: 37 of 40; speakers 0.879: 51 of 58), less one
    // article-target pair and one speaker stance, so a harmless change in one borderline sentence does not fail the
    // build. The issue asks for at least 0.80 and 0.85.
    private static final double FLOOR_TOPIC = 0.90;
    private static final double FLOOR_SPEAKERS = 0.86;
    private static StanceEvaluation evaluation;

    @BeforeAll
    static void evaluate() throws IOException {
        List<LabelledStanceArticle> set;
        try (Reader reader = new InputStreamReader(
                StanceDevSetScoresTest.class.getResourceAsStream("/devset/stance-articles.jsonl"), StandardCharsets.UTF_8)) {
            set = StanceEvaluation.read(reader);
        }
        assertThat(set).hasSizeGreaterThanOrEqualTo(30);
        evaluation = StanceEvaluation.run(Enricher.builder().clock(Clock.systemUTC()).build(), set);
        log.info("stance development set scores:\n{}", evaluation.report());
        if (Boolean.getBoolean("stance.misses")) {
            evaluation.misses().forEach(miss -> log.info("miss: {}", miss));
        }
    }

    @Test
    void topicStanceAccuracyStaysAboveTheLevelReached() {
        assertThat(evaluation.topicAccuracy()).isGreaterThanOrEqualTo(FLOOR_TOPIC);
    }

    @Test
    void speakerAccuracyStaysAboveTheLevelReached() {
        assertThat(evaluation.speakerAccuracy()).isGreaterThanOrEqualTo(FLOOR_SPEAKERS);
    }
}
