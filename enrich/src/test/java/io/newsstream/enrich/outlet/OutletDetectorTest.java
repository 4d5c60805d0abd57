package io.newsstream.enrich.outlet;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.enrich.entities.KnowledgeBase;
import org.junit.jupiter.api.Test;

class OutletDetectorTest {

    private final OutletDetector detector = new OutletDetector(OutletCatalog.of(KnowledgeBase.bundled().outlets()));

    private OutletAttribution detect(String url, String hint, String text) {
        return detector.detect(url, hint, null, text);
    }

    @Test
    void publisherComesFromTheUrlDomainIncludingSubdomains() {
        OutletAttribution attribution = detect("https://www.bbc.co.uk/news/world-123", null, "Rain fell all week.");

        assertThat(attribution.publisher()).satisfies(publisher -> {
            assertThat(publisher.id()).isEqualTo("bbc");
            assertThat(publisher.country()).isEqualTo("GB");
            assertThat(publisher.confidence()).isGreaterThan(0.9);
            assertThat(publisher.evidence()).containsExactly("url: bbc.co.uk");
        });
    }

    @Test
    void urlDomainWinsOverTheOutletHint() {
        OutletAttribution attribution = detect("https://www.theguardian.com/world/x", "Reuters", "Rain fell all week.");

        assertThat(attribution.publisher().id()).isEqualTo("guardian");
    }

    @Test
    void publisherComesFromTheHintWhenThereIsNoUrl() {
        assertThat(detect(null, "associated press", "Rain fell.").publisher().id()).isEqualTo("ap");
        assertThat(detect(null, "www.politico.com", "Rain fell.").publisher().id()).isEqualTo("politico");
    }

    @Test
    void unknownHintStillNamesThePublisherWithLowerConfidence() {
        Outlet publisher = detect(null, "Harbour Gazette", "Rain fell.").publisher();

        assertThat(publisher.id()).isEqualTo("harbour-gazette");
        assertThat(publisher.name()).isEqualTo("Harbour Gazette");
        assertThat(publisher.confidence()).isLessThan(0.7);
    }

    @Test
    void bylineAtTheEndNamesThePublisher() {
        String text = "The pier reopened on Sunday after repairs.\nLocals cheered.\nNora Lind for Harbour Gazette";

        Outlet publisher = detect(null, null, text).publisher();

        assertThat(publisher.name()).isEqualTo("Harbour Gazette");
        assertThat(publisher.evidence()).containsExactly("Nora Lind for Harbour Gazette");
    }

    @Test
    void titleCaseHeadlineWithForIsNotMistakenForAByline() {
        String text = "Mayor Asks Council for Harbour Funds\nThe mayor wants money for the pier.";

        assertThat(detect(null, null, text).publisher()).isNull();
    }

    @Test
    void bylineUnderTheHeadlineNeedsNoBy() {
        String text = "Pier reopens after repairs\nNora Lind for Harbour Gazette\nThe pier reopened on Sunday.";

        assertThat(detect(null, null, text).publisher().name()).isEqualTo("Harbour Gazette");
    }

    @Test
    void surnameEndingInSDoesNotLookLikeAHeadlineVerb() {
        String text = "Pier reopens after repairs\nTomas Santos for Harbour Gazette\nThe pier reopened on Sunday.";

        assertThat(detect(null, null, text).publisher().name()).isEqualTo("Harbour Gazette");
    }

    @Test
    void secondHeadlineLineWithAVerbIsNotABylineEvenUnderTheHeadline() {
        String text = "Harbour news\nMayor Asks Council for Harbour Funds\nThe mayor wants money for the pier.";

        assertThat(detect(null, null, text).publisher()).isNull();
    }

    @Test
    void copyrightLineNamesAnOutletTheCatalogLacks() {
        String tail = "The pier reopened on Sunday.\nLocals cheered.\n";

        assertThat(detect(null, null, tail + "Copyright 2031 Harbour Gazette. All rights reserved.").publisher().name())
                .isEqualTo("Harbour Gazette");
        assertThat(detect(null, null, tail + "© Harbour Gazette 2031 | News from the quay").publisher().name())
                .isEqualTo("Harbour Gazette");
        assertThat(detect(null, null, tail + "© 2031 Getty Images").publisher()).isNull();
    }

    @Test
    void unknownDomainTakesTheNameTheSiteWritesForItself() {
        String text = "The pier reopened on Sunday.\nLocals cheered.\n© 2031 The Harbour Gazette";

        Outlet publisher = detect("https://harbourgazette.example/2031/pier", null, text).publisher();

        assertThat(publisher.name()).isEqualTo("The Harbour Gazette");
        assertThat(publisher.domain()).isEqualTo("harbourgazette.example");
        assertThat(publisher.evidence()).contains("url: harbourgazette.example", "© 2031 The Harbour Gazette");
    }

    @Test
    void editorialBoardKeepsTheLeadingThe() {
        String text = "The bridge must be fixed.\nNow.\nThe Harbour Gazette Editorial Board";

        assertThat(detect(null, null, text).publisher().name()).isEqualTo("The Harbour Gazette");
    }

    @Test
    void authorLineAndSignatureLineNameKnownPublishers() {
        String authorText = "The pier reopened.\nNora Lind is the maritime correspondent for Politico and a sailor.";
        String signatureText = "The pier reopened.\nLocals cheered.\n— AFP";

        assertThat(detect(null, null, authorText).publisher().id()).isEqualTo("politico");
        assertThat(detect(null, null, signatureText).publisher().id()).isEqualTo("afp");
    }

    @Test
    void syndicationLineNamesTheSource() {
        String text = "The envoy urged both sides to keep talking. Read Full Article at RT.com\nMore talks are planned.";

        Outlet source = detect(null, null, text).source();

        assertThat(source.id()).isEqualTo("rt");
        assertThat(source.evidence()).containsExactly("Read Full Article at RT.com");
    }

    @Test
    void wireDatelineNamesTheSource() {
        String text = "PORT AVEL (Reuters) - Dock workers ended their strike on Tuesday.";

        assertThat(detect("https://harbourgazette.example/a/1", null, text).source().id()).isEqualTo("reuters");
    }

    @Test
    void originallyPublishedAndSourceLinesNameTheSource() {
        assertThat(detect(null, null, "Story text.\nThis article was originally published by The Kyiv Independent.")
                .source().id()).isEqualTo("kyiv-independent");
        assertThat(detect(null, null, "Story text.\nSource: Deutsche Welle").source().id()).isEqualTo("dw");
    }

    @Test
    void sourceThatIsThePublisherItselfIsDropped() {
        OutletAttribution attribution = detect("https://www.reuters.com/world/x", null,
                "PORT AVEL (Reuters) - Dock workers ended their strike.");

        assertThat(attribution.publisher().id()).isEqualTo("reuters");
        assertThat(attribution.source()).isNull();
    }

    @Test
    void attributionsNameCitedOutletsWithTheirPhrases() {
        String text = """
                The talks failed, according to the Financial Times. Al Jazeera reported a second meeting.
                One delegate told the BBC it was over, per Axios. A Bloomberg report said otherwise.
                """;

        OutletAttribution attribution = detect(null, null, text);

        assertThat(attribution.cited()).extracting(Outlet::id)
                .containsExactly("financial-times", "al-jazeera", "bbc", "axios", "bloomberg");
        assertThat(attribution.cited().get(0).evidence()).containsExactly("according to the Financial Times");
    }

    @Test
    void outletCitedSeveralTimesIsOneOutletWithMoreConfidence() {
        String text = "According to the NYT, the plan changed. The New York Times reported a delay. NYT said little.";

        OutletAttribution attribution = detect(null, null, text);

        assertThat(attribution.cited()).singleElement().satisfies(nyt -> {
            assertThat(nyt.id()).isEqualTo("nyt");
            assertThat(nyt.evidence()).hasSize(2);
            assertThat(nyt.confidence()).isGreaterThan(0.6);
        });
    }

    @Test
    void outletsOutsideTheCatalogAreCitedWhenACueIntroducesANameBuiltLikeAPublications() {
        String text = """
                She told Velmark Sports afterwards. In an interview with the Harbour Free Press.
                Records obtained by the Daily Otterfield show it. According to the Velmark Ministry, all is well.
                Speaking to the Daily Mail Lacerda claimed more.
                """;

        OutletAttribution attribution = detect(null, null, text);

        assertThat(attribution.cited()).extracting(Outlet::name)
                .containsExactly("Velmark Sports", "Harbour Free Press", "Daily Otterfield", "Daily Mail");
        assertThat(attribution.cited().get(1).evidence()).containsExactly("interview with the Harbour Free Press.");
    }

    @Test
    void anyNameAfterAWordSayingItIsAnOutletIsCited() {
        String text = "According to the personal finance blog Velmarkcash, bills are rare. He told the newspaper Monday.";

        assertThat(detect(null, null, text).cited()).extracting(Outlet::name).containsExactly("Velmarkcash");
    }

    @Test
    void aNameBeforeMagazineIsCitedButNotAfterAnArticle() {
        String text = "Velmark Harbour magazine ran a profile. A Texas magazine and The magazine did not.";

        assertThat(detect(null, null, text).cited()).extracting(Outlet::name)
                .containsExactly("Velmark Harbour magazine");
    }

    @Test
    void mentionsWithoutAttributionAreNotCitations() {
        String text = "Reporters from Politico and CNN waited outside while the minister ate lunch.";

        assertThat(detect(null, null, text).cited()).isEmpty();
    }

    @Test
    void publisherIsNotListedAsCitingItself() {
        String text = "Politico reported last week that the bill would pass.";

        OutletAttribution attribution = detect("https://www.politico.com/news/x", null, text);

        assertThat(attribution.cited()).isEmpty();
    }

    @Test
    void headlineCitationsCount() {
        OutletAttribution attribution = detector.detect(null, null, "Axios Reports: Budget Deal Near", "Talks went on.");

        assertThat(attribution.cited()).extracting(Outlet::id).containsExactly("axios");
    }

    @Test
    void textWithoutOutletsGivesAnEmptyAttribution() {
        OutletAttribution attribution = detect(null, null, "Rain fell all week and the river rose.");

        assertThat(attribution.publisher()).isNull();
        assertThat(attribution.source()).isNull();
        assertThat(attribution.cited()).isEmpty();
    }
}
