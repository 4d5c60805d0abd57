package io.newsstream.lab.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.enrich.language.SupportedLanguages;
import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class LanguageEvaluationTest {

    /** Reached 0.995 on each (decision 0007); a point below that is a regression, not noise. */
    private static final double BODIES = 0.985;
    private static final double SCRAPED = 0.985;
    private static final double CONFIRMED = 0.985;

    private static List<ExtractionPage> newsPages;

    @Test
    void newsPagesGetTheirLanguageFromBodyAndFromScrapedText() {
        List<ExtractionPage> pages = newsPages();
        Map<String, String> labels = LanguageEvaluation.labels();
        Function<String, String> detector = LanguageDetector.bundled()::detect;

        LanguageEvaluation.Score bodies = LanguageEvaluation.score(pages, labels, ExtractionPage::body, detector);
        LanguageEvaluation.Score scraped = LanguageEvaluation.score(pages, labels, ExtractionPage::scrapedText, detector);

        assertThat(bodies.pages()).isEqualTo(pages.size());
        assertThat(bodies.accuracy()).as(bodies.line("truth bodies") + " " + bodies.misses()).isGreaterThanOrEqualTo(BODIES);
        assertThat(scraped.accuracy()).as(scraped.line("scraped texts") + " " + scraped.misses())
                .isGreaterThanOrEqualTo(SCRAPED);
    }

    @Test
    void declaredLanguagesConfirmedAgainstTheTextBeatTheDeclarationsAlone() {
        List<ExtractionPage> pages = newsPages();
        Map<String, String> labels = LanguageEvaluation.labels();

        LanguageEvaluation.Score declared = LanguageEvaluation.score(pages, labels, LanguageEvaluation::declaredAndBody,
                LanguageEvaluation::primary);
        LanguageEvaluation.Score confirmed = LanguageEvaluation.score(pages, labels, LanguageEvaluation::declaredAndBody,
                LanguageEvaluation::confirmedPrimary);

        // Template defaults (lang="en" on isiZulu pages) and missing declarations cost the pages' own word 0.057.
        assertThat(declared.accuracy()).isLessThan(0.96);
        assertThat(confirmed.accuracy()).as(confirmed.line("confirmed") + " " + confirmed.misses())
                .isGreaterThanOrEqualTo(CONFIRMED);
    }

    @Test
    void everyLabelIsASupportedLanguageOrTheOneTheModelLacks() {
        assertThat(LanguageEvaluation.labels()).hasSize(193);
        assertThat(LanguageEvaluation.labels().values())
                .allSatisfy(language -> assertThat(SupportedLanguages.isSupported(language) || language.equals("xh"))
                        .as(language).isTrue());
    }

    @Test
    void scoreCountsHitsAndGroupsMissesByTheRightLanguage() {
        List<ExtractionPage> pages = List.of(page("a", "one"), page("b", "two"), page("c", "three"), page("d", " "));
        Map<String, String> labels = Map.of("a", "en", "b", "de", "c", "de", "d", "fr");

        LanguageEvaluation.Score score = LanguageEvaluation.score(pages, labels, ExtractionPage::body,
                text -> text.equals("two") ? "nl" : text.equals("one") ? "en" : "de");

        assertThat(score.pages()).as("a blank text is left out").isEqualTo(3);
        assertThat(score.right()).isEqualTo(2);
        assertThat(score.misses()).containsExactly(Map.entry("de", List.of("b -> nl")));
        assertThat(score.line("x")).isEqualTo("language 0.667 over 3 pages (x)");
    }

    @Test
    void aPageWithoutALabelIsAnError() {
        assertThatThrownBy(() -> LanguageEvaluation.score(List.of(page("z", "text")), Map.of(), ExtractionPage::body,
                text -> "en")).hasMessageContaining("z has no label");
    }

    /** The shared pages, read once for the tests that need them; the test is skipped where they are absent. */
    private static List<ExtractionPage> newsPages() {
        Optional<Path> dir = SharedDatasets.find("news-pages");
        assumeTrue(dir.isPresent(), SharedDatasets.ABSENT);
        if (newsPages == null) {
            newsPages = ExtractionDataset.read(dir.get());
        }
        return newsPages;
    }

    private static ExtractionPage page(String name, String body) {
        return new ExtractionPage(name, null, new byte[0], null, null, null, null, null, body);
    }
}
