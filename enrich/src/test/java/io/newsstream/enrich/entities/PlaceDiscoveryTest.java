package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceDiscoveryTest {

    private final PlaceDiscovery discovery = new PlaceDiscovery();

    private List<String> names(String text) {
        return discovery.find(text, List.of()).stream().map(Mention::surface).toList();
    }

    @Test
    void placeWordEndsAPlaceName() {
        assertThat(names("Crowds marched along Orsk Avenue to the Velm River.")).containsExactly("Orsk Avenue", "Velm River");
    }

    @Test
    void lakeAndMountStartAPlaceName() {
        assertThat(names("On the shore of Lake Velm, below Mount Orsk.")).containsExactly("Lake Velm", "Mount Orsk");
    }

    @Test
    void prefectureNamesThePlaceBeforeIt() {
        assertThat(names("Hotels in Velm Prefecture emptied.")).containsExactly("Velm");
    }

    @Test
    void administrativeWordAfterANameIsNotPartOfIt() {
        assertThat(names("Shelling hit the Velm region and Orsk province; Harlow Oblast and Dunmere District too."))
                .containsExactly("Velm", "Orsk", "Harlow", "Dunmere");
    }

    @Test
    void describingWordsBeforeRegionAreNoPlace() {
        assertThat(names("The region voted. Eastern Province stayed calm.")).isEmpty();
    }

    @Test
    void whatTheTextCallsATownMakesItAPlace() {
        assertThat(names("Troops reached the town of Velm and the port of Orsk Bay."))
                .containsExactly("Velm", "Orsk Bay");
    }

    @Test
    void countyIsPartOfTheName() {
        assertThat(names("Voters in Harlow County turned out.")).containsExactly("Harlow County");
    }

    @Test
    void sentenceOpenerIsNotPartOfThePlace() {
        assertThat(names("The Street was quiet. At Harlow Square, shops shut.")).containsExactly("Harlow Square");
    }

    @Test
    void knownMentionsAreLeftAlone() {
        Mention known = new Mention("velm", "Velm", EntityType.ORG, "Velm", 0, 4);
        assertThat(discovery.find("Velm Stadium opened.", List.of(known))).isEmpty();
    }
}
