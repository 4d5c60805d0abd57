package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.enrich.outlet.KnownOutlet;
import io.newsstream.enrich.outlet.OutletCatalog;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublisherChooserTest {

    private static final OutletCatalog CATALOG = OutletCatalog.of(List.of(
            new KnownOutlet("harbour-broadcasting", "Harbour Broadcasting Corporation", List.of("HBC", "ハーバー放送"),
                    List.of("hbc.test", "harbour-broadcasting.test"), "AV"),
            new KnownOutlet("harbour-news-weekly", "Harbour News Weekly", List.of(), List.of("weekly.hbc.test"), "AV")));

    private final PublisherChooser chooser = new PublisherChooser(CATALOG);

    @Test
    void theNameMostSourcesAgreeOnWins() {
        assertThat(chooser.pageName(Arrays.asList("Where The News Finally Lives", "Harbour Times", "Harbour Times",
                null))).isEqualTo("Harbour Times");
    }

    @Test
    void theShortestSpellingOfTheAgreedNameWins() {
        assertThat(chooser.pageName(Arrays.asList("HarbourLIVE Premium", "HarbourLIVE Premium", "HarbourLIVE")))
                .isEqualTo("HarbourLIVE");
    }

    @Test
    void bracketsAndTrailingLegalNamesAreDropped() {
        assertThat(chooser.pageName(Arrays.asList("Harbour Times (www.harbourtimes.test)"))).isEqualTo("Harbour Times");
        assertThat(chooser.pageName(Arrays.asList("Harbour Times - Harbour Verlag GmbH & Co. KG")))
                .isEqualTo("Harbour Times");
    }

    @Test
    void aSharedFirstWordIsNotAgreement() {
        assertThat(chooser.pageName(Arrays.asList("Harbour.test", "Harbour.test", "Harbour Entertainment Co")))
                .isEqualTo("Harbour.test");
    }

    @Test
    void nothingUsableGivesNull() {
        assertThat(chooser.pageName(Arrays.asList(null, "https://harbour.test/", "www"))).isNull();
    }

    @Test
    void aCatalogHostGivesTheCatalogNameWhateverBrandThePageShows() {
        assertThat(chooser.publisher("HBC24", "news.hbc.test"))
                .isEqualTo("Harbour Broadcasting Corporation");
        // A listed subdomain is nearer than its parent domain.
        assertThat(chooser.publisher("HNW", "www1.weekly.hbc.test")).isEqualTo("Harbour News Weekly");
    }

    @Test
    void aPageNameThatIsACatalogAliasGivesTheCatalogName() {
        assertThat(chooser.publisher("ハーバー放送", "mirror.test")).isEqualTo("Harbour Broadcasting Corporation");
        assertThat(chooser.publisher("the HBC", "mirror.test")).isEqualTo("Harbour Broadcasting Corporation");
    }

    @Test
    void withoutALinkThePageNameStandsAndTheHostIsTheLastResort() {
        assertThat(chooser.publisher("Harbour Times", "harbourtimes.test")).isEqualTo("Harbour Times");
        assertThat(chooser.publisher(null, "harbourtimes.test")).isEqualTo("harbourtimes.test");
        assertThat(chooser.publisher(null, null)).isNull();
    }

    @Test
    void copyrightOwnerIsReadFromFooterLinksApart() {
        CopyrightNotice notice = new CopyrightNotice();
        assertThat(notice.owner(Jsoup.parse("<footer><span>© 2024 Harbour Times</span><span><a href=/p>Privacy</a>"
                + "</span></footer>"))).isEqualTo("Harbour Times");
        assertThat(notice.owner(Jsoup.parse("<div id=page-footer>Copyright (c) 2010-2024 by Harbour Media. "
                + "All rights reserved.</div>"))).isEqualTo("Harbour Media");
    }
}
