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
}
