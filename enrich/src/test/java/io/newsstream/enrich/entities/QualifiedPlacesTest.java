package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
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

    @Test
    void anUnknownTownBeforeAKnownRegionIsAPlace() {
        List<Entity> entities = FINDER.find("Jana Orvel of Velmark Falls, Idaho, met a student from Otterby-on-Tyne, "
                + "Ohio, at Velmark College, Ohio, and toured Palin's Otterby, Alaska.");

        assertThat(entities).filteredOn(entity -> entity.type() == EntityType.LOCATION).extracting(Entity::name)
                .contains("Velmark Falls", "Otterby-on-Tyne", "Idaho", "Ohio")
                .doesNotContain("Velmark College", "Palin's Otterby", "Otterby");
    }
}
