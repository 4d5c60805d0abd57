package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganisationDiscoveryTest {

    private final OrganisationDiscovery discovery = new OrganisationDiscovery();

    private List<String> names(String text) {
        return discovery.find(text, List.of(), new ArrayList<>()).stream().map(Mention::surface).toList();
    }

    @Test
    void organisationWordWithConnectorsMakesAnOrganisation() {
        assertThat(names("said Ivo Pelt, who heads the Council for Harbour Safety, a research group."))
                .containsExactly("Council for Harbour Safety");
    }

    @Test
    void sentenceOpenerIsDropped() {
        assertThat(names("The Ministry of Fisheries said on Monday.")).containsExactly("Ministry of Fisheries");
    }

    @Test
    void discoveredOrganisationsAreTypedOrg() {
        assertThat(discovery.find("Velmark Pilots Association met.", List.of(), new ArrayList<>()))
                .extracting(Mention::type).containsExactly(EntityType.ORG);
    }

    @Test
    void legalSuffixIsNotPartOfTheName() {
        assertThat(names("Velmark Railway Co. ran trains.")).containsExactly("Velmark Railway");
    }

    @Test
    void capitalisedWordsWithoutAnOrganisationWordAreNotAnOrganisation() {
        assertThat(names("Secretary of State Ivo Pelt visited Velmark.")).isEmpty();
    }

    @Test
    void placeInsideTheNameIsSwallowedButAPersonIsNot() {
        Mention place = new Mention("velmark", "Velmark", EntityType.LOCATION, "Velmark", 12, 19);
        List<Mention> swallowed = new ArrayList<>();
        assertThat(discovery.find("Law Society Velmark said.", List.of(place), swallowed)).hasSize(1);
        assertThat(swallowed).containsExactly(place);

        Mention person = new Mention("ivo-pelt", "Ivo Pelt", EntityType.PERSON, "Ivo Pelt", 0, 8);
        assertThat(discovery.find("Ivo Pelt and Harbour Council met.", List.of(person), new ArrayList<>())).isEmpty();
    }
}
