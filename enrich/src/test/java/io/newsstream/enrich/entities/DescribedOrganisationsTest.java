package io.newsstream.enrich.entities;

import static io.newsstream.enrich.entities.KnownMentions.known;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DescribedOrganisationsTest {

    @Test
    void nameInAppositionWithAKindOfOrganisationIsOneWhereverWritten() {
        String text = "Velmark Tidewatch, a marine research organization in Norway, joined. Velmark Tidewatch said so.";

        assertThat(DescribedOrganisations.find(text, List.of(), new ArrayList<>()))
                .extracting(Mention::surface, Mention::type, Mention::start)
                .containsExactly(org("Velmark Tidewatch", 0), org("Velmark Tidewatch", 69));
    }

    @Test
    void kindAfterAModifierNamesTheOrganisationAfterIt() {
        String text = "The harbour safety charity Keel of Hope and an organization called ORVEL were there.";

        assertThat(DescribedOrganisations.find(text, List.of(), new ArrayList<>())).extracting(Mention::surface)
                .containsExactly("Keel of Hope", "ORVEL");
    }

    @Test
    void roleNounsAndArticlesAreNoDescription() {
        String text = "Jana Velmark, a company director, spoke. A company Tomas Orvel founded failed. "
                + "Peter Lund of Harbour Tidewatch, a research firm, said the political party Merkel leads lost.";
        List<Mention> known = List.of(known(text, "Merkel", EntityType.PERSON));

        assertThat(DescribedOrganisations.find(text, known, new ArrayList<>())).extracting(Mention::surface)
                .containsExactly("Harbour Tidewatch");
    }

    @Test
    void aRoleAtOrOfANamePlacesThePersonInAnOrganisation() {
        String text = "Ana Lund, a researcher at Velmark Watch East, and the vice president of ORVEL said so. "
                + "The Secretary of State Tomas Orvel spoke to officers at the Velmark range and an analyst at Danish "
                + "bank Orvel Capital, and the president of Harbour Workers Local 12.";

        assertThat(DescribedOrganisations.find(text, List.of(), new ArrayList<>())).extracting(Mention::surface)
                .containsExactlyInAnyOrder("Velmark Watch East", "ORVEL", "Harbour Workers Local 12", "Orvel Capital");
    }

    @Test
    void placesInsideTheNameAreSwallowed() {
        String text = "Ocean Velmark, a travel company, sells trips.";
        Mention place = known(text, "Velmark", EntityType.LOCATION);
        List<Mention> swallowed = new ArrayList<>();

        assertThat(DescribedOrganisations.find(text, List.of(place), swallowed)).extracting(Mention::surface)
                .containsExactly("Ocean Velmark");
        assertThat(swallowed).containsExactly(place);
    }

    private static org.assertj.core.groups.Tuple org(String name, int start) {
        return org.assertj.core.groups.Tuple.tuple(name, EntityType.ORG, start);
    }
}
