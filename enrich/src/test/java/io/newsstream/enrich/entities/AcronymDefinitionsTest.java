package io.newsstream.enrich.entities;

import static io.newsstream.enrich.entities.KnownMentions.known;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AcronymDefinitionsTest {

    @Test
    void wordsWhoseInitialsSpellTheAcronymNameAnOrganisationAndTheAcronymLinksToIt() {
        String text = "Staff at Velmark Refugees, Ports and Harbours Canada (VRPHC) said the VRPHC would reply.";
        List<Mention> mentions = new ArrayList<>(List.of(known(text, "Canada", EntityType.LOCATION)));
        List<Mention> swallowed = new ArrayList<>();

        List<Mention> found = AcronymDefinitions.find(text, mentions, swallowed);

        assertThat(found).extracting(Mention::surface)
                .containsExactly("Velmark Refugees, Ports and Harbours Canada", "VRPHC", "VRPHC");
        assertThat(found).extracting(Mention::name).containsOnly("Velmark Refugees, Ports and Harbours Canada");
        assertThat(found).extracting(Mention::type).containsOnly(EntityType.ORG);
        assertThat(swallowed).extracting(Mention::surface).containsExactly("Canada");
    }

    @Test
    void theArticlesDefinitionWinsOverAKnownNameWithTheSameLetters() {
        String text = "The Nelvark Broadcasting Corporation (NBC) aired it. NBC later apologised.";
        int later = text.lastIndexOf("NBC");
        List<Mention> mentions = new ArrayList<>(List.of(known(text, "NBC", EntityType.ORG)));
        mentions.add(new Mention("nbc", "NBC", EntityType.ORG, "NBC", later, later + 3));
        List<Mention> swallowed = new ArrayList<>();

        List<Mention> found = AcronymDefinitions.find(text, mentions, swallowed);

        assertThat(found).extracting(Mention::name).containsOnly("Nelvark Broadcasting Corporation");
        assertThat(swallowed).hasSize(2);
    }

    @Test
    void postsDatelinesAndLettersThatSpellNothingAreNoOrganisation() {
        String text = "VELMARK (AP) — Jane Doe, King's Counsel (KC), met the District Administrator (DA) and "
                + "the Chief Executive Officer (CEO) of a firm whose profit rose (EBITDA) under the Velmark Care Act (VCA).";

        assertThat(AcronymDefinitions.find(text, new ArrayList<>(), new ArrayList<>())).isEmpty();
    }

    @Test
    void aPossessiveBeforeTheBracketIsNoPartOfTheName() {
        String text = "The Velmark Liberation Army’s (VLA) command said so.";

        assertThat(AcronymDefinitions.find(text, new ArrayList<>(), new ArrayList<>())).extracting(Mention::surface)
                .containsExactly("Velmark Liberation Army", "VLA");
    }

    @Test
    void anAcronymWrittenInTitleCaseDefinesToo() {
        String text = "The Velmark Revenue Service (Vrs) said Vrs collected more.";

        assertThat(AcronymDefinitions.find(text, new ArrayList<>(), new ArrayList<>())).extracting(Mention::surface)
                .containsExactly("Velmark Revenue Service", "Vrs", "Vrs");
    }

    @Test
    void aNameTheKnowledgeBaseHoldsAsAPlaceStaysOne() {
        String text = "Trade with the Velmark United States (VUS) grew.";
        List<Mention> mentions = new ArrayList<>(List.of(known(text, "Velmark United States", EntityType.LOCATION)));

        assertThat(AcronymDefinitions.find(text, mentions, new ArrayList<>())).isEmpty();
    }
}
