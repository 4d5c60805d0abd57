package io.newsstream.lab.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.EntityFinder;
import io.newsstream.enrich.entities.KnowledgeBase;
import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityEvaluationTest {

    /** Reached with the name tagger (decision 0012), less about 0.01; before it: PERSON recall 0.378. */
    private static final double PERSON_RECALL = 0.84;
    private static final double PERSON_PRECISION = 0.815;
    private static final double ORG_RECALL = 0.51;
    private static final double LOCATION_RECALL = 0.825;
    private static final double LOCATION_PRECISION = 0.845;

    @Test
    void nameMatchesAnySpellingWrittenOrCanonicalIgnoringCaseAccentsAndTheArticle() {
        Entity entity = new Entity("x", "Jean-Noël Barrot", EntityType.PERSON, 1, List.of("Barrot"), List.of());
        NewsPageEntities.Expected listed = new NewsPageEntities.Expected(List.of("Jean-Noel Barrot", "JN Barrot"), false);
        Entity post = new Entity("y", "The Washington Post", EntityType.ORG, 1, List.of("Post"), List.of());

        assertThat(EntityEvaluation.matches(entity, listed)).isTrue();
        assertThat(EntityEvaluation.matches(post,
                new NewsPageEntities.Expected(List.of("Washington Post"), false))).isTrue();
        assertThat(EntityEvaluation.matches(entity,
                new NewsPageEntities.Expected(List.of("Barrot Jean"), false))).isFalse();
    }

    @Test
    void entitiesOnRealNewsPagesStayAboveTheLevelReached() {
        Optional<Path> pages = SharedDatasets.find("news-pages");
        assumeTrue(pages.isPresent(), SharedDatasets.ABSENT);

        Map<EntityType, EntityEvaluation.Tally> tallies = EntityEvaluation.run(
                new EntityFinder(KnowledgeBase.bundled()), NewsPageEntities.read(pages.get()));

        String report = String.join("\n", EntityEvaluation.lines(tallies));
        assertThat(tallies.get(EntityType.PERSON).recall()).as(report).isGreaterThanOrEqualTo(PERSON_RECALL);
        assertThat(tallies.get(EntityType.PERSON).precision()).as(report).isGreaterThanOrEqualTo(PERSON_PRECISION);
        assertThat(tallies.get(EntityType.ORG).recall()).as(report).isGreaterThanOrEqualTo(ORG_RECALL);
        assertThat(tallies.get(EntityType.LOCATION).recall()).as(report).isGreaterThanOrEqualTo(LOCATION_RECALL);
        assertThat(tallies.get(EntityType.LOCATION).precision()).as(report).isGreaterThanOrEqualTo(LOCATION_PRECISION);
    }
}
