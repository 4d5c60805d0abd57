package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FramedNameFinderTest {

    private final FramedNameFinder finder = new FramedNameFinder();

    private List<String> names(String text) {
        return finder.find(text, List.of()).stream().map(Mention::surface).toList();
    }

    @Test
    void bylineWithTwoAuthorsNamesBoth() {
        assertThat(names("Rains close the pass\nBy Orla Quennell and Tavi Marsk, Hill Gazette\nThe pass closed."))
                .containsExactly("Orla Quennell", "Tavi Marsk");
    }

    @Test
    void bylineStopsAtTheEndOfItsLine() {
        assertThat(names("By Orla Quennell\nPolice closed the road.")).containsExactly("Orla Quennell");
    }

    @Test
    void creditLineNamesItsWriter() {
        assertThat(names("The bridge reopened.\nTavi Marsk contributed reporting.")).containsExactly("Tavi Marsk");
    }

    @Test
    void quotedSpeakerBeforeAnAppositionIsAPerson() {
        assertThat(names("\"We wait,\" said Brenna Olk, a ferry pilot.")).containsExactly("Brenna Olk");
    }

    @Test
    void appositionAfterACommaNamesThePerson() {
        assertThat(names("The harbour's director, Ivo Pelt, told reporters it would reopen.")).containsExactly("Ivo Pelt");
    }

    @Test
    void sentenceOpenerIsNotPartOfTheName() {
        assertThat(names("In Velmark, the mayor spoke.")).isEmpty();
    }

    @Test
    void organisationWordsAreNotPeople() {
        assertThat(names("Epic Games, the maker of the game, sued.")).isEmpty();
    }

    @Test
    void knownMentionsAreLeftAlone() {
        Mention known = new Mention("brenna-olk", "Brenna Olk", io.newsstream.core.article.EntityType.LOCATION,
                "Brenna Olk", 5, 15);
        assertThat(finder.find("said Brenna Olk, a town.", List.of(known))).isEmpty();
    }
}
