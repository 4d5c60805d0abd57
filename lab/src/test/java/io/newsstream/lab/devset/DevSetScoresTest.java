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
 * The enricher on the written development set ({@code devset/articles.jsonl}) must not fall below the scores it
 * reached; raise the floors when it improves. The scores are printed so a run shows where it stands.
 */
class DevSetScoresTest {

    private static final Logger log = LoggerFactory.getLogger(DevSetScoresTest.class);
    // Reached in session 2 with 7,110 knowledge-base entries (PERSON 0.958, LOCATION 0.941, ORG 0.932, publisher
    // 1.000), less about 0.01 so a harmless change in one borderline article does not fail the build.
    // With the name tagger (decision 0012): PERSON 0.976, LOCATION 0.950, ORG 0.928; after its second part: PERSON
    // 0.984, LOCATION 0.950, ORG 0.922 (organisation words must now head a discovered name).
    private static final double FLOOR_PERSON = 0.97;
    private static final double FLOOR_LOCATION = 0.94;
    private static final double FLOOR_ORG = 0.92;
    private static final double FLOOR_PUBLISHER = 0.98;
    private static EnrichmentEvaluation evaluation;

    @BeforeAll
    static void evaluate() throws IOException {
        List<LabelledArticle> set;
        try (Reader reader = new InputStreamReader(
                DevSetScoresTest.class.getResourceAsStream("/devset/articles.jsonl"), StandardCharsets.UTF_8)) {
            set = EnrichmentEvaluation.read(reader);
        }
        assertThat(set).hasSizeGreaterThanOrEqualTo(40);
        evaluation = EnrichmentEvaluation.run(Enricher.builder().clock(Clock.systemUTC()).build(), set);
        log.info("development set scores:\n{}", evaluation.report());
    }

    @Test
    void personEntitiesStayAboveTheLevelReached() {
        assertThat(evaluation.entities("PERSON").f1()).isGreaterThanOrEqualTo(FLOOR_PERSON);
    }

    @Test
    void locationEntitiesStayAboveTheLevelReached() {
        assertThat(evaluation.entities("LOCATION").f1()).isGreaterThanOrEqualTo(FLOOR_LOCATION);
    }

    @Test
    void organisationEntitiesStayAboveTheLevelReached() {
        assertThat(evaluation.entities("ORG").f1()).isGreaterThanOrEqualTo(FLOOR_ORG);
    }

    @Test
    void publisherAccuracyStaysAboveTheLevelReached() {
        assertThat(evaluation.publisherAccuracy()).isGreaterThanOrEqualTo(FLOOR_PUBLISHER);
    }

    @Test
    void noPublisherIsInventedWhereTheTextGivesNoSignal() {
        assertThat(evaluation.publishersInvented()).isZero();
    }
}
