package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFileException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private static KnowledgeBase parse(String fileName, String tsv) {
        return KnowledgeBase.fromFiles(Map.of(fileName, tsv));
    }

    @Test
    void bundledKnowledgeBaseLoadsWithSpellingVariants() {
        KnowledgeBase kb = KnowledgeBase.bundled();

        assertThat(kb.size()).isGreaterThan(3000);
        assertThat(kb.byId("antony-blinken")).hasValueSatisfying(entry -> {
            assertThat(entry.type()).isEqualTo(EntityType.PERSON);
            assertThat(entry.aliases()).contains("Anthony Blinken");
        });
        assertThat(kb.byId("kyiv")).hasValueSatisfying(entry -> assertThat(entry.aliases()).contains("Kiev"));
        assertThat(kb.byId("nato")).hasValueSatisfying(entry -> assertThat(entry.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void bundledMiscEntriesAreMiscAndKeepThePlacesInTheirNames() {
        KnowledgeBase kb = KnowledgeBase.bundled();

        assertThat(kb.byId("minsk-agreements")).hasValueSatisfying(entry -> {
            assertThat(entry.type()).isEqualTo(EntityType.MISC);
            assertThat(entry.kind()).isEqualTo("agreement");
            assertThat(entry.aliases()).contains("Minsk II");
        });
        assertThat(kb.byId("nord-stream")).hasValueSatisfying(entry -> assertThat(entry.type()).isEqualTo(EntityType.LOCATION));
        assertThat(new EntityFinder(kb).find("Kyiv said the Minsk agreements were dead, as Minsk hosted no talks."))
                .extracting(e -> e.id() + ":" + e.type())
                .containsExactly("kyiv:LOCATION", "minsk-agreements:MISC", "minsk:LOCATION");
    }

    @Test
    void readsEntriesWithAndWithoutAliases() {
        KnowledgeBase kb = parse("places.tsv", """
                # id, name, aliases, kind, country
                port-avel\tPort Avel\tAvel Harbour|Port-Avel\tcity\tAV
                solt-river\tSolt River\t\tbody-of-water\t
                """);

        assertThat(kb.byId("port-avel")).hasValueSatisfying(entry ->
                assertThat(entry.surfaceForms()).containsExactly("Port Avel", "Avel Harbour", "Port-Avel"));
        assertThat(kb.byId("solt-river")).hasValueSatisfying(entry -> {
            assertThat(entry.aliases()).isEmpty();
            assertThat(entry.country()).isNull();
        });
    }

    @Test
    void duplicateIdWithinOneFileFails() {
        assertThatThrownBy(() -> parse("people.tsv", "mira-solt\tMira Solt\t\t\t\nmira-solt\tMira Solt-Varga\t\t\t\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("people.tsv line 2")
                .hasMessageContaining("duplicate id");
    }

    @Test
    void idMustBeASlug() {
        assertThatThrownBy(() -> parse("people.tsv", "Mira Solt\tMira Solt\t\t\t\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("people.tsv line 1")
                .hasMessageContaining("id 'Mira Solt'");
    }
}
