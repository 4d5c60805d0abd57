package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import org.junit.jupiter.api.Test;

class NameSuffixesTest {

    @Test
    void generationalSuffixMakesAnotherPerson() {
        String text = "Ivo Pelt Jr. wrote on Monday.";
        Mention father = new Mention("ivo-pelt", "Ivo Pelt", EntityType.PERSON, "Ivo Pelt", 0, 8);

        assertThat(NameSuffixes.extend(text, father))
                .isEqualTo(new Mention("ivo-pelt-jr", "Ivo Pelt Jr.", EntityType.PERSON, "Ivo Pelt Jr.", 0, 12));
    }

    @Test
    void regnalNumberJoinsTheNameAndAKnownNameWithItKeepsItsId() {
        String text = "King Osric III opened parliament.";
        Mention king = new Mention("osric-iii", "Osric III", EntityType.PERSON, "King Osric", 0, 10);

        assertThat(NameSuffixes.extend(text, king))
                .isEqualTo(new Mention("osric-iii", "Osric III", EntityType.PERSON, "King Osric III", 0, 14));
    }

    @Test
    void otherWordsAndOtherKindsStay() {
        Mention person = new Mention("ivo-pelt", "Ivo Pelt", EntityType.PERSON, "Ivo Pelt", 0, 8);
        Mention ship = new Mention("velmark", "Velmark", EntityType.LOCATION, "Velmark", 0, 7);

        assertThat(NameSuffixes.extend("Ivo Pelt Is here", person)).isEqualTo(person);
        assertThat(NameSuffixes.extend("Ivo Pelt IV-class", person)).isEqualTo(person);
        assertThat(NameSuffixes.extend("Velmark II sailed", ship)).isEqualTo(ship);
    }
}
