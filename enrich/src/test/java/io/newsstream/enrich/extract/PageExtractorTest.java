package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PageExtractorTest {

    private static final String PARAGRAPH = "<p>The council voted on Tuesday to close the old bridge to cars, after "
            + "engineers found cracks in two of its supports during a routine inspection last month.</p>";

    private final PageExtractor extractor = new PageExtractor();

    @Test
    void anArticlePageGivesItsTitleAndBody() {
        ExtractedPage page = extractor.extract("<html><head><title>Bridge closed</title></head><body><article>"
                + PARAGRAPH + PARAGRAPH.replace("Tuesday", "Monday") + "</article></body></html>", "https://x.test/a");

        assertThat(page.outcome()).isEqualTo(ExtractionOutcome.ARTICLE);
        assertThat(page.title()).isEqualTo("Bridge closed");
        assertThat(page.body()).startsWith("The council voted on Tuesday").contains("\n\nThe council voted on Monday");
        assertThat(page.reason()).isNull();
    }

    @Test
    void plainTextIsNotHtml() {
        ExtractedPage page = extractor.extract("Just a line of text.\nAnd another one, without any markup.", null);

        assertThat(page.outcome()).isEqualTo(ExtractionOutcome.NOT_HTML);
        assertThat(page.body()).isEmpty();
        assertThat(page.reason()).contains("no HTML markup");
    }

    @Test
    void binaryBytesAreNotHtml() {
        StringBuilder bytes = new StringBuilder("\u0089PNG\r\n\u001a\n");
        for (int i = 0; i < 2000; i++) {
            bytes.append((char) (i % 32)).append('x');
        }
        ExtractedPage page = extractor.extract(bytes.toString(), null);

        assertThat(page.outcome()).isEqualTo(ExtractionOutcome.NOT_HTML);
        assertThat(page.reason()).contains("binary");
    }

    @Test
    void anEmptyPageIsNotHtml() {
        assertThat(extractor.extract("  ", null).outcome()).isEqualTo(ExtractionOutcome.NOT_HTML);
    }

    @Test
    void anEnormousPageIsReadOnlyAsFarAsTheBound() {
        StringBuilder html = new StringBuilder("<html><body><article>").append(PARAGRAPH.repeat(20))
                .append("</article>");
        while (html.length() < 5_000_000) {
            html.append("<div class='x'><span>cell</span><a href='/l'>link</a></div>");
        }
        String page = html.append("</body></html>").toString();

        ExtractedPage extracted = extractor.extract(page, null);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.ARTICLE);
        assertThat(HtmlCheck.bounded(page)).hasSize(HtmlCheck.MAX_CHARS);
    }

    @Test
    void deeplyNestedMarkupDoesNotOverflowTheStack() {
        String page = "<html><body>" + "<div>".repeat(100_000) + PARAGRAPH.repeat(3) + "</body></html>";

        ExtractedPage extracted = extractor.extract(page, null);

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.ARTICLE);
    }

    @Test
    void aHundredThousandSiblingAdsAreSetAsideWithoutSquaredCost() {
        String page = "<html><body><article>" + PARAGRAPH.repeat(5) + "</article>"
                + "<div class='ad'>x</div>".repeat(100_000) + "</body></html>";

        // Removing them one by one from the document took 20 s here; setting them aside takes a fraction of one.
        ExtractedPage extracted = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(page, null));

        assertThat(extracted.outcome()).isEqualTo(ExtractionOutcome.ARTICLE);
        assertThat(extracted.body().split("\n\n")).hasSize(5).doesNotContain("x");
    }
}
