package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.Extraction;
import io.newsstream.core.article.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** HTML pages go through extraction, then the same steps as text; what the feeder gave wins over the page. */
class EnricherPageTest {

    private static final Instant NOW = Instant.parse("2031-03-04T10:15:30Z");
    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Ferry crews end strike in Odessa</title></head>
            <body><article><h1>Ferry crews end strike in Odessa</h1>
            <p>Ferry crews in Odessa returned to work on Monday after a week-long strike over pay.</p>
            <p>Foreign Minister Dmytro Kuleba welcomed the deal and thanked the port workers.</p>
            <p>The union said the new contract raises wages by eight percent and limits night shifts to three a week.</p>
            </article></body></html>
            """;

    private final Enricher enricher = Enricher.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).withoutStance().build();

    private static RawArticle page(String title, String html, Instant publishedAt) {
        return new RawArticle("p1", "https://harbour-gazette.example/ferries", title, null, null, null, publishedAt,
                NOW.minusSeconds(60), Channel.HTTP, null, html);
    }

    @Test
    void pageIsExtractedAndGoesThroughTheSameStepsAsText() {
        EnrichedArticle article = enricher.enrich(page(null, PAGE, null));

        assertThat(article.extraction()).isEqualTo(new Extraction(Extraction.Source.HTML, Extraction.Outcome.ARTICLE, null));
        assertThat(article.title()).isEqualTo("Ferry crews end strike in Odessa");
        assertThat(article.body()).contains("returned to work on Monday").doesNotContain("<p>", "doctype");
        assertThat(article.wordCount()).isPositive();
        assertThat(article.entities()).extracting(Entity::name).contains("Dmytro Kuleba");
        assertThat(article.text()).as("the raw page is not carried into the enriched record").isNull();
    }

    @Test
    void theFeedersTitleAndDateWinOverThePages() {
        Instant given = Instant.parse("2031-03-03T06:00:00Z");

        EnrichedArticle article = enricher.enrich(page("Strike over", PAGE, given));

        assertThat(article.title()).isEqualTo("Strike over");
        assertThat(article.publishedAt()).isEqualTo(given);
    }

    @Test
    void pageWithoutArticleTextGivesAnEmptyBodyAndSaysWhy() {
        EnrichedArticle article = enricher.enrich(page(null, "<html><head><script>var x = 1;</script></head><body></body></html>", null));

        assertThat(article.body()).isEmpty();
        assertThat(article.wordCount()).isZero();
        assertThat(article.extraction().source()).isEqualTo(Extraction.Source.HTML);
        assertThat(article.extraction().outcome()).isNotEqualTo(Extraction.Outcome.ARTICLE);
        assertThat(article.extraction().reason()).isNotBlank();
    }

    @Test
    void anEnormousPageIsParsedOnlyUpToTheBoundAndDoesNotStallTheThread() {
        StringBuilder html = new StringBuilder("<html><body><article>");
        // Numbered, as real paragraphs differ: the body finder reads one line repeated all over a page as furniture.
        for (int day = 1; html.length() < 3 * Enricher.MAX_PAGE_CHARS; day++) {
            html.append("<p>Ferry crews in Odessa stayed on strike over pay on day ").append(day)
                    .append(" of the dispute, the union said.</p>\n");
        }
        html.append("</article></body></html>");

        EnrichedArticle article = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> enricher.enrich(page(null, html.toString(), null)));

        assertThat(article.body()).isNotEmpty();
        assertThat(article.body().length()).isLessThanOrEqualTo(OutputBounds.MAX_BODY_CHARS);
    }

    @Test
    void theOutletStepAgreesWithThePagesPublisherLinkedByHost() {
        String branded = PAGE.replace("<title>", "<meta property=\"og:site_name\" content=\"BR24\"><title>");
        EnrichedArticle article = enricher.enrich(new RawArticle("p2", "https://www.br.de/nachrichten/ferries", null,
                null, null, null, null, NOW, Channel.HTTP, null, branded));

        assertThat(article.outlet().publisher().id()).isEqualTo("br");
        assertThat(article.outlet().publisher().name()).isEqualTo("Bayerischer Rundfunk");
    }

    @Test
    void theOutletStepAgreesWithThePagesPublisherLinkedByName() {
        // An unknown host (a mirror) that names itself as a catalog outlet does in its own script.
        String named = PAGE.replace("<title>", "<meta property=\"og:site_name\" content=\"朝日新聞デジタル\"><title>");
        EnrichedArticle article = enricher.enrich(page(null, named, null));

        assertThat(article.outlet().publisher().id()).isEqualTo("asahi-shimbun");
        assertThat(article.outlet().publisher().name()).isEqualTo("The Asahi Shimbun");
    }

    @Test
    void textArticlesSayTheirBodyCameFromText() {
        EnrichedArticle article = enricher.enrich(new RawArticle("t1", null, null, "Ferry crews end strike\nCrews in Odessa went back to work.",
                null, null, null, NOW, Channel.HTTP, null));

        assertThat(article.extraction()).isEqualTo(Extraction.TEXT);
        assertThat(article.text()).startsWith("Ferry crews");
    }

    @Test
    void paragraphsAreStrippedAndSeparatedByOneBlankLine() {
        assertThat(Enricher.paragraphs("  First one. \n\n\n  \nSecond one.\n \n")).isEqualTo("First one.\n\nSecond one.");
        assertThat(Enricher.paragraphs(" \n\n ")).isEmpty();
    }
}
