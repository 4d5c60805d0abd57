package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeBaseFilesTest {

    private static KnowledgeBase parse(String... nameThenContent) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put(nameThenContent[i], nameThenContent[i + 1]);
        }
        return KnowledgeBase.fromFiles(files);
    }

    @Test
    void eachFileKindGivesItsEntityType() {
        KnowledgeBase kb = parse(
                "people.tsv", "# id, name, aliases, country, role\nmira-solt\tMira Solt\tSolt\tAV\tPrime Minister of Avelland\n",
                "countries.tsv", "avelland\tAvelland\tRepublic of Avel\tAV\tAvellish|Avellan\tport-avel\n",
                "places.tsv", "port-avel\tPort Avel\t\tcity\tAV\n",
                "organisations.tsv", "avel-council\tAvel Council\t\tgovernment\tAV\n",
                "outlets.tsv", "avel-post\tThe Avel Post\tAvel Post\tavelpost.example|avelpost.example.org\tAV\tprivate\n",
                "misc.tsv", "# id, name, aliases, kind, country\navel-accords\tAvel Accords\tAvel accords\tagreement\t\n");

        assertThat(kb.byId("mira-solt")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.PERSON);
            assertThat(e.country()).isEqualTo("AV");
            assertThat(e.kind()).isEqualTo("Prime Minister of Avelland");
        });
        assertThat(kb.byId("avelland")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.LOCATION));
        assertThat(kb.byId("port-avel")).hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo("city"));
        assertThat(kb.byId("avel-council")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(kb.byId("avel-post")).hasValueSatisfying(e -> assertThat(e.type()).isEqualTo(EntityType.ORG));
        assertThat(kb.byId("avel-accords")).hasValueSatisfying(e -> {
            assertThat(e.type()).isEqualTo(EntityType.MISC);
            assertThat(e.kind()).isEqualTo("agreement");
            assertThat(e.country()).isNull();
        });
        assertThat(kb.outlets()).singleElement().satisfies(outlet -> {
            assertThat(outlet.primaryDomain()).isEqualTo("avelpost.example");
            assertThat(outlet.aliases()).containsExactly("Avel Post");
        });
    }

    @Test
    void demonymsAreCountryDataNotAliases() {
        KnowledgeBase kb = parse("countries.tsv", "avelland\tAvelland\t\tAV\tAvellish|Avellan\tport-avel\n");

        assertThat(kb.byId("avelland").orElseThrow().surfaceForms()).containsExactly("Avelland");
        assertThat(kb.countryByDemonym("Avellish")).hasValueSatisfying(country -> {
            assertThat(country.id()).isEqualTo("avelland");
            assertThat(country.iso2()).isEqualTo("AV");
            assertThat(country.capital()).isEqualTo("port-avel");
        });
    }

    @Test
    void wrongColumnCountIsRejectedWithFileAndLine() {
        assertThatThrownBy(() -> parse("people.tsv", "# header\nmira-solt\tMira Solt\tSolt\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("people.tsv line 2")
                .hasMessageContaining("expected 5 tab-separated columns, found 3");
    }

    @Test
    void badIso2IsRejected() {
        assertThatThrownBy(() -> parse("places.tsv", "port-avel\tPort Avel\t\tcity\tAvelland\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("places.tsv line 1")
                .hasMessageContaining("ISO 3166");
    }

    @Test
    void unknownKindIsRejected() {
        assertThatThrownBy(() -> parse("outlets.tsv", "avel-post\tAvel Post\t\tavelpost.example\tAV\ttabloid\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("outlets.tsv line 1")
                .hasMessageContaining("tabloid");
    }

    @Test
    void unknownMiscKindIsRejected() {
        assertThatThrownBy(() -> parse("misc.tsv", "avel-accords\tAvel Accords\t\tdeal\t\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("misc.tsv line 1")
                .hasMessageContaining("kind 'deal' is not one of [agreement, event, other, programme, treaty]");
    }

    @Test
    void outletWithAMalformedCountryIsRejected() {
        assertThatThrownBy(() -> parse("outlets.tsv",
                "# header\nharbour-gazette\tHarbour Gazette\t\tharbourgazette.example\tHarbourland\tprivate\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("outlets.tsv line 2")
                .hasMessageContaining("ISO 3166");
    }

    @Test
    void outletWithABadDomainIsRejected() {
        assertThatThrownBy(() -> parse("outlets.tsv", "harbour-gazette\tHarbour Gazette\t\thttps://gazette\tAV\tprivate\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("outlets.tsv line 1")
                .hasMessageContaining("domain 'https://gazette'");
    }

    @Test
    void duplicateIdAcrossFilesIsRejectedNamingBothPlaces() {
        assertThatThrownBy(() -> parse(
                "people.tsv", "avel\tAvel Solt\t\t\t\n",
                "places.tsv", "avel\tAvel\t\tcity\t\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("places.tsv line 1: duplicate id 'avel' (first at people.tsv line 1)");
    }

    @Test
    void aliasClaimedByTwoEntriesIsRejected() {
        assertThatThrownBy(() -> parse(
                "people.tsv", "mira-solt\tMira Solt\tSolt\t\t\n",
                "places.tsv", "solt-river\tSolt River\tSolt\tbody-of-water\t\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("places.tsv line 1: 'Solt' already names 'mira-solt' (people.tsv line 1)");
    }

    @Test
    void everyBadLineIsReportedAtOnce() {
        assertThatThrownBy(() -> parse("people.tsv", "Mira\tMira Solt\t\t\t\nkai-dorn\t\t\t\t\nok-one\tOk One\t\t\t\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("2 bad line(s)")
                .hasMessageContaining("people.tsv line 1")
                .hasMessageContaining("people.tsv line 2");
    }

    @Test
    void userDirectoryAddsAndOverridesBundledEntries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("people-local.tsv"), "# my people\nmira-solt\tMira Solt\tSolt\tAV\tmayor\n");
        Files.writeString(dir.resolve("places.tsv"), "kyiv\tKyiv\tKiev|Kyjiw\tcity\tUA\n");
        Files.writeString(dir.resolve("misc-local.tsv"), "solt-plan\tSolt Plan\t\tprogramme\tAV\n");
        Files.writeString(dir.resolve("notes.txt"), "not a knowledge-base file");

        KnowledgeBase kb = KnowledgeBase.load(dir);

        assertThat(kb.byId("mira-solt")).isPresent();
        assertThat(kb.byId("kyiv").orElseThrow().aliases()).containsExactly("Kiev", "Kyjiw");
        assertThat(kb.byId("vladimir-putin")).isPresent();
        assertThat(new EntityFinder(kb).find("Solt visited Kyjiw to sell the Solt Plan.")).extracting(e -> e.id())
                .containsExactly("mira-solt", "kyiv", "solt-plan");
    }

    @Test
    void userFileWithAnUnknownNameIsRejected(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("persons.tsv"), "mira-solt\tMira Solt\t\t\t\n");

        assertThatThrownBy(() -> KnowledgeBase.load(dir))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("persons.tsv")
                .hasMessageContaining("must start with one of people, countries, places, organisations, outlets, misc");
    }

    @Test
    void missingUserDirectoryIsRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> KnowledgeBase.load(dir.resolve("nowhere")))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("nowhere");
    }

    @Test
    void bundledKnowledgeBaseIsLoadedOncePerProcess() {
        assertThat(KnowledgeBase.bundled()).isSameAs(KnowledgeBase.bundled());
    }

    @Test
    void outletsAreOrgEntitiesSoTheirNamesBeatThePlacesInThem() {
        KnowledgeBase kb = KnowledgeBase.bundled();

        assertThat(new EntityFinder(kb).find("The Washington Post reported from Washington."))
                .extracting(e -> e.aliases() + ":" + e.type())
                .containsExactly("[The Washington Post]:ORG", "[Washington]:LOCATION");
    }
}
