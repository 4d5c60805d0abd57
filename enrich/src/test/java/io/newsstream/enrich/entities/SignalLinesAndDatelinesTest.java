package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions in datelines, bylines and house lines, and the dateline city itself, through the whole entity finder. */
class SignalLinesAndDatelinesTest {

    private final EntityFinder finder = new EntityFinder(KnowledgeBase.bundled());

    private List<String> names(String body) {
        return finder.find(body).stream().map(Entity::name).toList();
    }

    @Test
    void agencyInADatelineIsASignalButItsCityIsAPlace() {
        List<Entity> entities = finder.find("KYIV, May 3 (Reuters) - The harbour reopened on Friday.");

        assertThat(entities).extracting(Entity::name).containsExactly("Kyiv");
        assertThat(entities.get(0).aliases()).containsExactly("KYIV");
        assertThat(entities.get(0).spans().get(0).start()).isZero();
    }

    @Test
    void datelineCityTheKnowledgeBaseLacksIsStillAPlace() {
        Entity city = finder.find("PORT ELDRA (AP) — Fishing boats stayed in port on Monday.").get(0);

        assertThat(city.name()).isEqualTo("Port Eldra");
        assertThat(city.type()).isEqualTo(EntityType.LOCATION);
        assertThat(city.aliases()).containsExactly("PORT ELDRA");
    }

    @Test
    void slashTagOfTassIsASignal() {
        assertThat(names("MOSCOW, March 2. /TASS/. The talks resumed.")).containsExactly("Moscow");
    }

    @Test
    void capitalisedLabelsAreNotDatelineCities() {
        assertThat(names("UPDATE - The talks resumed in Geneva.")).containsExactly("Geneva");
    }

    @Test
    void outletsInBylinesContributorLinesAndHouseLinesDoNotCount() {
        String body = String.join("\n\n",
                "Mara Vint for Reuters",
                "The ferry strike ended on Tuesday, union leaders said.",
                "Associated Press writer Ilse Braun contributed to this report.",
                "Follow BBC News on X",
                "Copyright 2031 The Guardian");

        assertThat(names(body)).doesNotContain("Reuters", "Associated Press", "BBC", "The Guardian")
                .contains("Mara Vint", "Ilse Braun");
    }

    @Test
    void outletsCitedInProseStillCount() {
        String body = "The ferry strike ended on Tuesday, Reuters reported, and the BBC said talks went on all night.";

        assertThat(names(body)).contains("Reuters", "BBC");
    }

    @Test
    void authorNoteOutletIsASignal() {
        String body = "Talks went on.\n\nIlse Braun is a correspondent for The Guardian in Berlin.";

        assertThat(names(body)).contains("Ilse Braun", "Berlin").doesNotContain("The Guardian");
    }

    @Test
    void editorsAndPlatformsAreNotEntitiesOfTheStory() {
        String body = "The minister wrote on Telegram that the bridge was safe.\n\n"
                + "Reporting by Mara Vint; Editing by Tomas Eld";

        assertThat(names(body)).contains("Mara Vint").doesNotContain("Telegram", "Tomas Eld");
    }

    @Test
    void editorialBoardSigningIsNotAnOrganisationOfTheStory() {
        assertThat(names("The bridge must be fixed now.\n\nThe Harlow Falls Chronicle Editorial Board")).isEmpty();
    }

    @Test
    void currencyPrefixIsNotTheCountry() {
        assertThat(names("The fund approved a US$2 billion loan to the US government.")).containsExactly("United States");
        assertThat(finder.find("The fund approved a US$2 billion loan.")).isEmpty();
    }

    @Test
    void organisationInsideALongerDiscoveredNameIsPartOfIt() {
        assertThat(names("She seeks the backing of the Franklin County Democratic Party this spring."))
                .containsExactly("Franklin County Democratic Party");
    }
}
