package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntroducedPeopleTest {

    private static List<String> people(String text) {
        return IntroducedPeople.find(text, List.of()).stream().map(Mention::surface).toList();
    }

    @Test
    void aRelationOrANamingIntroducesAPerson() {
        assertThat(people("Her husband Tomas took leave; their son, Orvel. A colleague named Jana Velmark Field "
                + "helped, and a daughter called True."))
                .containsExactly("Tomas", "Orvel", "Jana Velmark Field", "True");
    }

    @Test
    void openAppositionsTitlesPossessivesAndCompaniesAreLeftAlone() {
        assertThat(people("At the birth of his son, Tomas said so. His wife, Secretary Jana Orvel, and his brother "
                + "Ivo Pelt's car. A company named Velmark Tidewatch."))
                .containsExactly("Ivo Pelt");
    }
}
