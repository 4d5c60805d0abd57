package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import org.junit.jupiter.api.Test;

class PersonTitlesTest {

    @Test
    void discoveredPersonLosesTitlesAndTakesTheNameLeft() {
        Mention mention = new Mention("dr-atilla-kisla", "Dr Atilla Kisla", EntityType.PERSON, "Dr Atilla Kisla", 10, 25);

        assertThat(PersonTitles.trim(mention))
                .isEqualTo(new Mention("atilla-kisla", "Atilla Kisla", EntityType.PERSON, "Atilla Kisla", 13, 25));
    }

    @Test
    void hyphenatedTitleCountsByItsLastPartAndKnownPersonKeepsHisId() {
        Mention mention = new Mention("gopaul-govender", "Gopaul Govender", EntityType.PERSON,
                "Major-Gen Gopaul Govender", 0, 25);

        assertThat(PersonTitles.trim(mention)).isEqualTo(
                new Mention("gopaul-govender", "Gopaul Govender", EntityType.PERSON, "Gopaul Govender", 10, 25));
    }

    @Test
    void titlesThatArePartOfTheNameAndOtherKindsStay() {
        Mention prince = new Mention("prince-andrew", "Prince Andrew", EntityType.PERSON, "Prince Andrew", 0, 13);
        Mention court = new Mention("chief-court", "Chief Court", EntityType.ORG, "Chief Court", 0, 11);

        assertThat(PersonTitles.trim(prince)).isEqualTo(prince);
        assertThat(PersonTitles.trim(court)).isEqualTo(court);
    }

    @Test
    void namingTitleBeforeADiscoveredPersonJoinsTheName() {
        String text = "the speech King Osric gave";
        Mention osric = new Mention("osric", "Osric", EntityType.PERSON, "Osric", 16, 21);

        assertThat(PersonTitles.withNamingTitle(text, osric))
                .isEqualTo(new Mention("king-osric", "King Osric", EntityType.PERSON, "King Osric", 11, 21));
        assertThat(PersonTitles.withNamingTitle("the speech Mr Osric gave",
                new Mention("osric", "Osric", EntityType.PERSON, "Osric", 14, 19)).surface()).isEqualTo("Osric");
    }

    @Test
    void givenNameSkipsANamingTitle() {
        assertThat(PersonTitles.givenName("King Osric III")).isEqualTo("Osric");
        assertThat(PersonTitles.givenName("Jana Velk")).isEqualTo("Jana");
    }

    @Test
    void clericalTitleIsTrimmed() {
        Mention mention = new Mention("archbishop-ivo-pelt", "Archbishop Ivo Pelt", EntityType.PERSON,
                "Archbishop Ivo Pelt", 0, 19);

        assertThat(PersonTitles.trim(mention).name()).isEqualTo("Ivo Pelt");
    }
}
