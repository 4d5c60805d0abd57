package io.newsstream.enrich.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.entities.KnowledgeBase;
import org.junit.jupiter.api.Test;

class OutletCatalogTest {

    private final OutletCatalog catalog = OutletCatalog.of(KnowledgeBase.bundled().outlets());

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
    void aHostWalksUpToTheNearestListedDomain() {
        assertThat(catalog.byHost("www1.wdr.de")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("wdr"));
        assertThat(catalog.byHost("cincodias.elpais.com")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("cinco-dias"));
        assertThat(catalog.byHost("ELPAIS.com")).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo("el-pais"));
        assertThat(catalog.byHost("co.uk")).isEmpty();
    }
}
