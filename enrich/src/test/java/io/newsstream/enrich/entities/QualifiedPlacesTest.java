package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import java.util.List;
import org.junit.jupiter.api.Test;

class QualifiedPlacesTest {

    private static final EntityFinder FINDER = new EntityFinder(KnowledgeBase.bundled());

    @Test
    void aCityWithItsStateNamesBothPlaces() {
        List<Entity> entities = FINDER.find("In Birmingham, Alabama, and later in Reno, Nev., the mothers spoke.");

        assertThat(entities).extracting(Entity::name)
                .contains("Birmingham, Alabama", "Alabama", "Reno, Nevada", "Nevada");
        assertThat(entities).filteredOn(entity -> entity.name().equals("Birmingham, Alabama"))
                .flatExtracting(Entity::aliases).containsExactly("Birmingham");
    }
}
