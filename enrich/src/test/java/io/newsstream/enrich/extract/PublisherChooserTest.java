package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PublisherChooserTest {

    private final PublisherChooser chooser = new PublisherChooser();

    @Test
    void theNameMostSourcesAgreeOnWins() {
        assertThat(chooser.choose(Arrays.asList("Where The News Finally Lives", "Harbour Times", "Harbour Times",
                null))).isEqualTo("Harbour Times");
    }

    @Test
    void theShortestSpellingOfTheAgreedNameWins() {
        assertThat(chooser.choose(Arrays.asList("HarbourLIVE Premium", "HarbourLIVE Premium", "HarbourLIVE")))
                .isEqualTo("HarbourLIVE");
    }

    @Test
    void bracketsAndTrailingLegalNamesAreDropped() {
        assertThat(chooser.choose(Arrays.asList("Harbour Times (www.harbourtimes.test)"))).isEqualTo("Harbour Times");
        assertThat(chooser.choose(Arrays.asList("Harbour Times - Harbour Verlag GmbH & Co. KG")))
                .isEqualTo("Harbour Times");
    }

    @Test
    void aSharedFirstWordIsNotAgreement() {
        assertThat(chooser.choose(Arrays.asList("Harbour.test", "Harbour.test", "Harbour Entertainment Co")))
                .isEqualTo("Harbour.test");
    }

    @Test
    void nothingUsableGivesNull() {
        assertThat(chooser.choose(Arrays.asList(null, "https://harbour.test/", "www"))).isNull();
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
