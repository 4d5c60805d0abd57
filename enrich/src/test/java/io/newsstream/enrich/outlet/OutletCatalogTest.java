package io.newsstream.enrich.outlet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import java.io.StringReader;
import io.newsstream.enrich.entities.KnowledgeBase;
import org.junit.jupiter.api.Test;

class OutletCatalogTest {

    private final OutletCatalog catalog = OutletCatalog.of(KnowledgeBase.bundled().outlets());

    private static OutletCatalog parse(String tsv) {
        return OutletCatalog.fromLines(DataFile.read("test-outlets.tsv", new StringReader(tsv)));
    }

    @Test
    void bundledCatalogKnowsMajorOutletsByNameAliasAndDomain() {
        assertThat(catalog.outlets()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(catalog.byName("Associated Press")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("ap"));
        assertThat(catalog.byName("AP")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("ap"));
        assertThat(catalog.byName("the New York Times")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("nyt"));
        assertThat(catalog.byName("RT.com")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("rt"));
        assertThat(catalog.byHost("edition.cnn.com")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("cnn"));
        assertThat(catalog.byHost("notcnn.com")).isEmpty();
    }

    @Test
    void malformedCountryFailsNamingFileAndLine() {
        assertThatThrownBy(() -> parse("# header\nharbour-gazette\tHarbour Gazette\t\tharbourgazette.example\tHarbourland\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-outlets.tsv line 2")
                .hasMessageContaining("country");
    }

    @Test
    void missingColumnsFailNamingFileAndLine() {
        assertThatThrownBy(() -> parse("harbour-gazette\tHarbour Gazette\n"))
                .isInstanceOf(DataFileException.class)
                .hasMessageContaining("test-outlets.tsv line 1");
    }
}
