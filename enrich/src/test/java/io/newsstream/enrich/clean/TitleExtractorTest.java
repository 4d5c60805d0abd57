package io.newsstream.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitleExtractorTest {

    private final TitleExtractor extractor = new TitleExtractor();

    @Test
    void givenTitleIsKeptAndItsCopyAtTheTopOfTheTextIsRemoved() {
        TitleExtractor.Titled titled = extractor.extract("Ferry Service Resumes After Storm",
                List.of("Ferry service resumes after storm", "Boats sailed again on Friday morning."));

        assertThat(titled.title()).isEqualTo("Ferry Service Resumes After Storm");
        assertThat(titled.bodyLines()).containsExactly("Boats sailed again on Friday morning.");
    }

    @Test
    void givenTitleLeavesTheBodyAloneWhenTheTextDoesNotRepeatIt() {
        List<String> lines = List.of("Boats sailed again on Friday morning.", "The harbour master was relieved.");

        TitleExtractor.Titled titled = extractor.extract("Ferry Service Resumes", lines);

        assertThat(titled.bodyLines()).isEqualTo(lines);
    }

    @Test
    void headlineLikeFirstLineBecomesTheTitle() {
        TitleExtractor.Titled titled = extractor.extract(null, List.of(
                "Northern Towns Brace for Record Snowfall",
                "Forecasters expect half a metre of snow by Sunday."));

        assertThat(titled.title()).isEqualTo("Northern Towns Brace for Record Snowfall");
        assertThat(titled.bodyLines()).containsExactly("Forecasters expect half a metre of snow by Sunday.");
    }

    @Test
    void sectionLabelsAboveTheHeadlineAreDroppedWithIt() {
        TitleExtractor.Titled titled = extractor.extract(" ", List.of(
                "Opinion", "The Ledger",
                "Why the Canal Deal Could Still Collapse: Analysis",
                "Negotiators left the table without a date to return."));

        assertThat(titled.title()).isEqualTo("Why the Canal Deal Could Still Collapse: Analysis");
        assertThat(titled.bodyLines()).containsExactly("Negotiators left the table without a date to return.");
    }

    @Test
    void firstLineThatReadsLikeASentenceIsNotATitle() {
        List<String> lines = List.of(
                "Negotiators left the table on Thursday without setting a date to return.",
                "Both delegations blamed the other.");

        TitleExtractor.Titled titled = extractor.extract(null, lines);

        assertThat(titled.title()).isNull();
        assertThat(titled.bodyLines()).isEqualTo(lines);
    }

    @Test
    void lineEndingInAColonIsALeadInNotATitle() {
        assertThat(extractor.looksLikeHeadline("The statement read in full as follows:")).isFalse();
    }

    @Test
    void tooShortOrTooLongLinesAreNotHeadlines() {
        assertThat(extractor.looksLikeHeadline("World")).isFalse();
        assertThat(extractor.looksLikeHeadline("Word ".repeat(30).strip())).isFalse();
    }

    @Test
    void aTextOfOneLineKeepsThatLineAsBody() {
        TitleExtractor.Titled titled = extractor.extract(null, List.of("Markets Close Higher on Trade Hopes"));

        assertThat(titled.title()).isNull();
        assertThat(titled.bodyLines()).containsExactly("Markets Close Higher on Trade Hopes");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"fbpx", "Home » World » Harbour Pilots Strike Again",
            "Published: 15:56 BST, 27 April 2024", "18. Mai 2026", "Pilots at the quay on Tuesday (Jane Example/Newswire)",
            "By Ada Lindqvist and Tom Berg", "Von Ada Lindqvist", "Bildrechte: Jane Example"})
    void tokensBreadcrumbsDatesCaptionsAndBylinesAreNotHeadlines(String line) {
        assertThat(extractor.looksLikeHeadline(line)).isFalse();
    }

    @Test
    void headlinesInScriptsWithoutSpacesAreRecognised() {
        assertThat(extractor.looksLikeHeadline("港の水先人が夜勤を巡りストライキ")).isTrue();
    }
}
