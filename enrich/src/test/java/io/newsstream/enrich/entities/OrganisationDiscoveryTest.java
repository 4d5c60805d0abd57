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
    void companyWordsHeadingANameMakeACompany() {
        assertThat(names("Velmark Airlines hired Harbour Economics; Otter Systems Upgrade Plan was shelved."))
                .containsExactly("Velmark Airlines", "Harbour Economics");
    }

    @Test
    void legislatureNamedByItsBareWordIsAnOrganisation() {
        assertThat(names("In Parliament yesterday, the minister said the Legislature would vote."))
                .containsExactly("Parliament", "Legislature");
        assertThat(names("The Velmark Council met.")).containsExactly("Velmark Council");
        assertThat(names("Council members met.")).isEmpty();
    }

    @Test
    void wordsBeforeOfWithoutAnOrganisationWordAreNoPartOfIt() {
        assertThat(names("said Ivo Pelt of Velmark State University, a farm school."))
                .containsExactly("Velmark State University");
        assertThat(names("The Velmark Conference of Clerks of Superior Court met."))
                .containsExactly("Velmark Conference of Clerks of Superior Court");
        assertThat(names("The Bank of Velmark met.")).containsExactly("Bank of Velmark");
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
        Mention place = new Mention("velmark", "Velmark", EntityType.LOCATION, "Velmark", 15, 22);
        List<Mention> swallowed = new ArrayList<>();
        assertThat(discovery.find("Law Society of Velmark said.", List.of(place), swallowed)).hasSize(1);
        assertThat(swallowed).containsExactly(place);

        Mention person = new Mention("ivo-pelt", "Ivo Pelt", EntityType.PERSON, "Ivo Pelt", 0, 8);
        assertThat(discovery.find("Ivo Pelt and Harbour Council met.", List.of(person), new ArrayList<>())).isEmpty();
    }

    @Test
    void possessiveEndsTheNameBeforeIt() {
        assertThat(names("Velmark's Ministry of Harbour Safety said so.")).containsExactly("Ministry of Harbour Safety");
        assertThat(names("Velmark Pilots Association's figures.")).containsExactly("Velmark Pilots Association");
        assertThat(names("Velmark State University's Harbour Research Institute")).containsExactly(
                "Velmark State University", "Harbour Research Institute");
    }

    @Test
    void basedWordIsNoPartOfTheName() {
        assertThat(names("the Velmark-based Harbour Institute said.")).containsExactly("Harbour Institute");
    }

    @Test
    void andSplitsAListOnlyWhenBothSidesAreOrganisations() {
        assertThat(names("Velmark University and Ostrava University of Science and Technology signed."))
                .containsExactly("Velmark University", "Ostrava University of Science and Technology");
        assertThat(names("the Department of Harbours and Fisheries said.")).containsExactly("Department of Harbours and Fisheries");
    }

    @Test
    void organisationWordInsideATitleCaseHeadlineMakesNoName() {
        assertThat(names("Velmark Court Ruling Case Heard")).isEmpty();
        assertThat(names("Velmark Court of Appeal ruled.")).containsExactly("Velmark Court of Appeal");
    }

    @Test
    void legalSuffixMakesACompanyOfAPlainName() {
        assertThat(names("Shares of Dollar Velmark Corp. rose.")).containsExactly("Dollar Velmark");
        assertThat(names("said Ivo Pelt of Velmark Research Inc.")).containsExactly("Velmark Research");
    }
}
