package io.newsstream.enrich.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.enrich.entities.KnowledgeBase;
import org.junit.jupiter.api.Test;

class OutletSignalsTest {

    private final OutletDetector detector = new OutletDetector(OutletCatalog.of(KnowledgeBase.bundled().outlets()));

    private OutletAttribution detect(String text) {
        return detector.detect(null, null, null, text);
    }

    private String publisher(String text) {
        Outlet publisher = detect(text).publisher();
        return publisher == null ? null : publisher.id();
    }

    @Test
    void wireDatelineWithDateMakesTheAgencyThePublisherWhenNothingElseNamesOne() {
        OutletAttribution attribution = detect("Harbour strike ends\nPORT AVEL, May 2 (Reuters) - Dock workers went back.");

        assertThat(attribution.publisher().id()).isEqualTo("reuters");
        assertThat(attribution.publisher().evidence()).containsExactly("PORT AVEL, May 2 (Reuters) -");
        assertThat(attribution.source()).isNull();
    }

    @Test
    void slashedAgencyDatelineMakesTheAgencyThePublisher() {
        assertThat(publisher("Harbour strike ends\nPORT AVEL, May 2. /TASS/. Dock workers went back.")).isEqualTo("tass");
    }

    @Test
    void wireDatelineIsTheSourceWhenABylineNamesAnotherPublisher() {
        OutletAttribution attribution = detect("""
                Harbour strike ends
                PORT AVEL (AP) — Dock workers went back on Tuesday.
                By Nora Lind, The Avel Harbour Gazette""");

        assertThat(attribution.publisher().name()).isEqualTo("The Avel Harbour Gazette");
        assertThat(attribution.source().id()).isEqualTo("ap");
    }

    @Test
    void datelineDeepInTheTextIsNotOne() {
        String text = "Harbour strike ends\nOne.\nTwo.\nThree.\nFour.\nFive.\nSix.\nPORT AVEL (Reuters) - A quoted dateline.";

        assertThat(publisher(text)).isNull();
    }

    @Test
    void bylineWithCommaNamesAKnownPublisher() {
        assertThat(publisher("Harbour strike ends\nBy Nora Lind, NPR\nDock workers went back.")).isEqualTo("npr");
    }

    @Test
    void bylineWithOutletAndCityNamesThePublisher() {
        assertThat(publisher("Harbour strike ends\nBy Nora Lind, BBC News, Port Avel\nDock workers went back.")).isEqualTo("bbc");
    }

    @Test
    void bylineWithAJobTitleNamesNoPublisher() {
        assertThat(publisher("Harbour strike ends\nBy Nora Lind, Senior Correspondent\nDock workers went back.")).isNull();
    }

    @Test
    void nameCommaOutletOnItsOwnLineNamesAKnownPublisherOnly() {
        assertThat(publisher("Harbour strike ends\nDock workers went back.\nNora Lind, Agence France-Presse")).isEqualTo("afp");
        assertThat(publisher("Harbour strike ends\nDock workers went back.\nNora Lind, Harbour Desk")).isNull();
    }

    @Test
    void copyrightLinesNameThePublisher() {
        assertThat(publisher("Harbour strike ends\nDock workers went back.\nCopyright NPR. All rights reserved.")).isEqualTo("npr");
        assertThat(publisher("Harbour strike ends\nDock workers went back.\n© 2024 The Guardian")).isEqualTo("guardian");
        assertThat(publisher("Harbour strike ends\nDock workers went back.\nCopyright, Radio New Zealand")).isEqualTo("rnz");
    }

    @Test
    void siteSignaturesNameThePublisher() {
        assertThat(publisher("Strike ends\nDock workers went back.\nOur Standards: The Thomson Reuters Trust Principles."))
                .isEqualTo("reuters");
        assertThat(publisher("Strike ends\nDock workers went back.\nSign up for Harbour Weekly, POLITICO's newsletter on ports."))
                .isEqualTo("politico");
        assertThat(publisher("Strike ends\nDock workers went back.\nSubscribe to RNZ's evening bulletin")).isEqualTo("rnz");
        assertThat(publisher("Strike ends\nDock workers went back.\nSource: Al Jazeera and news agencies")).isEqualTo("al-jazeera");
    }

    @Test
    void outletWithAgencyLineNamesPublisherAndSource() {
        OutletAttribution attribution = detect("Strike ends\nLe Monde with AFP\nDock workers went back.");

        assertThat(attribution.publisher().id()).isEqualTo("le-monde");
        assertThat(attribution.source().id()).isEqualTo("afp");
    }

    @Test
    void editorialBoardSignatureNamesAnUnknownPublisher() {
        assertThat(detect("Give talks a chance\nThe port needs peace.\nThe Avel Courier Editorial Board").publisher().name())
                .isEqualTo("The Avel Courier");
    }

    @Test
    void firstAppearedAndOriginallyPublishedLinesNameTheSourceButNoPublisher() {
        OutletAttribution firstAppeared = detect("Strike ends\nDock workers went back.\nThis article first appeared on Axios.");
        OutletAttribution original = detect("Strike ends\nDock workers went back.\nOriginally published by The Kyiv Independent.");

        assertThat(firstAppeared.source().id()).isEqualTo("axios");
        assertThat(firstAppeared.publisher()).isNull();
        assertThat(original.source().id()).isEqualTo("kyiv-independent");
    }

    @Test
    void interviewAndNotedAttributionsAreCitations() {
        OutletAttribution attribution = detect("The mayor said in an interview with CNN that the port would reopen, "
                + "as Bloomberg noted last week.");

        assertThat(attribution.cited()).extracting(Outlet::id).containsExactly("cnn", "bloomberg");
        assertThat(attribution.publisher()).isNull();
    }

    @Test
    void documentsSeenOrObtainedAndPeopleSpeakingToAnOutletAreCitations() {
        OutletAttribution attribution = detect("""
                The plan appears in a memo seen by Reuters.
                Speaking to the Daily Mail, the mayor denied it.
                The port's accounts, obtained by The Guardian, tell another story.""");

        assertThat(attribution.cited()).extracting(Outlet::id).containsExactly("reuters", "daily-mail", "guardian");
    }

    @Test
    void analysesByAnOutletAndDeathsConfirmedToOneAreCitations() {
        OutletAttribution attribution = detect("""
                The rise shows in an analysis of port records by The Associated Press.
                His father confirmed the crew member's death to Nine News on Friday.""");

        assertThat(attribution.cited()).extracting(Outlet::id).containsExactly("ap", "nine-news");
    }

    @Test
    void pollsStoriesAndOutletsNamedAsNewspapersAreCitations() {
        OutletAttribution attribution = detect("A CNN poll puts her ahead. After a series of Miami Herald stories the "
                + "deal collapsed, as the newspaper Dagens Nyheter had warned.");

        assertThat(attribution.cited()).extracting(Outlet::id).containsExactly("cnn", "miami-herald", "dagens-nyheter");
    }

    @Test
    void anOutletNamedWithoutACueIsNoCitation() {
        assertThat(detect("Reuters and the Daily Mail both have offices on the street.").cited()).isEmpty();
    }

    @Test
    void agencyCreditLineCitesEachAgency() {
        assertThat(detect("Strike ends\nDock workers went back.\nxy/zq (AFP, Reuters)").cited())
                .extracting(Outlet::id).containsExactly("afp", "reuters");
    }

    @Test
    void photoCreditsAreNeitherCitationsNorPublishers() {
        OutletAttribution attribution = detect("""
                Strike ends
                Dock workers went back on Tuesday.
                Photo: Workers at the gate in Port Avel. Nora Lind / Reuters
                A crane stood idle. (Nora Lind / The Kyiv Independent)
                Image: Kai Dorn/DW
                AFP""".replace("\nAFP", "\nThe port reopens next week."));

        assertThat(attribution.publisher()).isNull();
        assertThat(attribution.source()).isNull();
        assertThat(attribution.cited()).isEmpty();
    }

    @Test
    void noSignalMeansNoPublisher() {
        assertThat(publisher("Strike ends\nDock workers went back.\nReuters and AP covered the talks in Port Avel.")).isNull();
    }
}
