package io.newsstream.enrich.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {

    private static KnowledgeBase parse(String tsv) {
        return KnowledgeBase.fromLines(DataFile.read("test-kb.tsv", new StringReader(tsv)));
    }

    @Test
    void bundledKnowledgeBaseLoadsWithSpellingVariants() {
        KnowledgeBase kb = KnowledgeBase.bundled();

        assertThat(kb.size()).isGreaterThan(60);
        assertThat(kb.byId("antony-blinken")).hasValueSatisfying(entry -> {
            assertThat(entry.type()).isEqualTo(EntityType.PERSON);
            assertThat(entry.aliases()).contains("Anthony Blinken");
        });
        assertThat(kb.byId("kyiv")).hasValueSatisfying(entry -> assertThat(entry.aliases()).contains("Kiev"));
        assertThat(kb.byId("nato")).hasValueSatisfying(entry -> assertThat(entry.type()).isEqualTo(EntityType.ORG));
    }

    @Test
    void readsEntriesWithAndWithoutAliases() {
        KnowledgeBase kb = parse("""
                # id, type, name, aliases
                port-avel\tLOCATION\tPort Avel\tAvel Harbour|Port-Avel
                mira-solt\tPERSON\tMira Solt\t
                """);

        assertThat(kb.byId("port-avel")).hasValueSatisfying(entry ->
                assertThat(entry.surfaceForms()).containsExactly("Port Avel", "Avel Harbour", "Port-Avel"));
        assertThat(kb.byId("mira-solt")).hasValueSatisfying(entry -> assertThat(entry.aliases()).isEmpty());
    }

    @Test
    void wrongNumberOfColumnsFailsNamingFileAndLine() {
        assertThatThrownBy(() -> parse("# header\n\nport-avel\tLOCATION\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-kb.tsv line 3")
                .hasMessageContaining("columns");
    }

    @Test
    void unknownTypeFailsNamingFileAndLine() {
        assertThatThrownBy(() -> parse("port-avel\tPLACE\tPort Avel\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-kb.tsv line 1")
                .hasMessageContaining("PLACE");
    }

    @Test
    void aliasClaimedByTwoEntitiesFails() {
        assertThatThrownBy(() -> parse("mira-solt\tPERSON\tMira Solt\tSolt\nsolt-river\tLOCATION\tSolt River\tSolt\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-kb.tsv line 2")
                .hasMessageContaining("mira-solt");
    }

    @Test
    void duplicateIdFails() {
        assertThatThrownBy(() -> parse("mira-solt\tPERSON\tMira Solt\nmira-solt\tPERSON\tMira Solt-Varga\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("duplicate id");
    }

    @Test
    void idMustBeASlug() {
        assertThatThrownBy(() -> parse("Mira Solt\tPERSON\tMira Solt\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("line 1");
    }
}
