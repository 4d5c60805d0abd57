package io.newsstream.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodyFinderTest {

    private static final String FIRST = "The council voted on Tuesday to close the old bridge to cars, after engineers "
            + "found cracks in two of its supports during a routine inspection last month.";
    private static final String SECOND = "Cyclists and pedestrians may still cross, the council said, while a study "
            + "decides whether the bridge can be repaired or must be replaced, which could take a year.";
    private static final String THIRD = "Shop owners on both banks fear the closure will keep customers away, and "
            + "several asked the council for help with their rent until the bridge opens again.";

    private static BodyFinder.Body find(String html) {
        return new BodyFinder().find(Jsoup.parse(html));
    }

    private static String article(String inside) {
        return "<html><head><title>Bridge closed</title></head><body>"
                + "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li></ul></nav>"
                + "<article><h1>Bridge closed to cars</h1>" + inside + "</article>"
                + "<footer><p>Copyright 2026 The Town Paper. All rights reserved, every one of them.</p></footer>"
                + "</body></html>";
    }

    @Test
    void keepsParagraphsAndSectionHeadingsInOrderWithoutTheTitle() {
        BodyFinder.Body body = find(article("<p>" + FIRST + "</p><h2>What happens next</h2><p>" + SECOND + "</p>"));

        assertThat(body.outcome()).isEqualTo(ExtractionOutcome.ARTICLE);
        assertThat(body.paragraphs()).containsExactly(FIRST, "What happens next", SECOND);
        assertThat(body.text()).isEqualTo(FIRST + "\n\nWhat happens next\n\n" + SECOND);
    }

    @Test
    void dropsCaptionsSharePromptsAndAds() {
        BodyFinder.Body body = find(article("<p>" + FIRST + "</p>"
                + "<figure><img src='bridge.jpg'><figcaption>The bridge seen from the east bank, in a photo taken by "
                + "a reader.</figcaption></figure>"
                + "<div class='share-tools'><p>Share this story with your friends and family on every network.</p></div>"
                + "<div class='ad-slot'><p>Advertisement for a product that has nothing to do with the bridge at all.</p></div>"
                + "<p>" + SECOND + "</p>"));

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND);
    }

    @Test
    void dropsRelatedLinksAndComments() {
        BodyFinder.Body body = find(article("<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>"
                + "<ul><li><a href='/a'>Council approves the new budget for roads and bridges next year</a></li>"
                + "<li><a href='/b'>Engineers warn about the state of the old bridges across the county</a></li></ul>"
                + "<section class='comments'><p>I always said this bridge would fall apart one day, and nobody "
                + "listened to me at the meetings.</p></section>"));

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void teaserCardsAfterTheArticleAreNotItsText() {
        String card = "<div class='card'><h3><a href='/x'>Another story</a></h3><p>A short summary of another story "
                + "that the page recommends, long enough to read like a real sentence of prose.</p></div>";
        BodyFinder.Body body = find(article("<div><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>"
                + card + card.replace("Another", "A third") + "</div>"));

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void picksTheMainArticleOfSeveral() {
        String other = "<article><h2><a href='/other'>Other story</a></h2><p>Short teaser of a story elsewhere on "
                + "the site.</p></article>";
        BodyFinder.Body body = find("<html><body>" + other + "<article><h1>Bridge closed</h1><p>" + FIRST
                + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></article>" + other.replace("Other", "Next")
                + "</body></html>");

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aPageOfLinksHasNoArticle() {
        StringBuilder page = new StringBuilder("<html><body><h1>Today's news</h1><ul>");
        for (int i = 0; i < 30; i++) {
            page.append("<li><a href='/story/").append(i).append("'>Headline number ").append(i)
                    .append(" about something that happened today in town</a></li>");
        }
        BodyFinder.Body body = find(page.append("</ul></body></html>").toString());

        assertThat(body.outcome()).isEqualTo(ExtractionOutcome.NO_ARTICLE);
        assertThat(body.paragraphs()).isEmpty();
        assertThat(body.reason()).contains("no run of article text");
    }

    @Test
    void aVideoPageWithOneLineHasNoArticle() {
        BodyFinder.Body body = find("<html><body><h1>Watch: the bridge closes</h1><video src='v.mp4'></video>"
                + "<p>Video: 2 minutes.</p></body></html>");

        assertThat(body.outcome()).isEqualTo(ExtractionOutcome.NO_ARTICLE);
    }

    @Test
    void brokenMarkupStillGivesTheText() {
        BodyFinder.Body body = find("<html><body><div class=story><p>" + FIRST + "<p>" + SECOND + "<div><p>" + THIRD
                + "</span></b></body>");

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void theJsonLdBodyStandsInWhenTheHtmlShowsOnlyATeaser() {
        String json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"articleBody\":\"" + FIRST
                + "\\n" + SECOND + "\\n" + THIRD + "\"}";
        BodyFinder.Body body = find("<html><head><script type='application/ld+json'>" + json + "</script></head>"
                + "<body><article><p>" + FIRST + "</p><div class='paywall'>Subscribe to read on</div></article>"
                + "</body></html>");

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void aPageMadeOfFramesSaysSo() {
        BodyFinder.Body body = find("<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>");

        assertThat(body.outcome()).isEqualTo(ExtractionOutcome.NO_ARTICLE);
        assertThat(body.reason()).contains("frames");
    }

    @Test
    void aHiddenWrapperHoldingTheArticleIsKept() {
        BodyFinder.Body body = find("<html><body><div hidden><article><p>" + FIRST + "</p><p>" + SECOND
                + "</p></article></div><div hidden><p>A hidden note that no reader ever sees on the page.</p></div>"
                + "</body></html>");

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND);
    }

    @Test
    void aListOfTeasersIsNotText() {
        String item = "<li><a href='/y'>A headline of another story on the site</a> A blurb about that other story, "
                + "long enough to read like a sentence.</li>";
        BodyFinder.Body body = find(article("<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p><ul>"
                + item + item.replace("another", "a third") + "</ul>"));

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void datelinesCreditsAndDanglingHeadingsAreDropped() {
        BodyFinder.Body body = find(article("<div>Updated 12.05.2026, 14:30</div><p>" + FIRST + "</p><p>" + SECOND
                + "</p><p>" + THIRD + "</p><p>© The Town Paper 2026</p><h2>Read more</h2>"
                + "<div><a href='/z'>Another story about the town and its bridges</a></div>"));

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }

    @Test
    void anItalicNoteAfterTheLastParagraphIsNotText() {
        BodyFinder.Body body = find(article("<p>" + FIRST + "</p><p>" + SECOND + "</p><p><em>Some emphasis</em> in "
                + THIRD + "</p><p><em>The author reports on the town council and its budget for The Town Paper "
                + "since 2019.</em></p>"));

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, "Some emphasis in " + THIRD);
    }

    @Test
    void aShortTextBesideAPictureIsItsCaption() {
        BodyFinder.Body body = find(article("<p>" + FIRST + "</p><div class='wrap'><img src='b.jpg'><span>The bridge "
                + "seen from the east bank on Monday morning, with the new barriers in place.</span></div><p>" + SECOND
                + "</p><p>" + THIRD + "</p>"));

        assertThat(body.paragraphs()).containsExactly(FIRST, SECOND, THIRD);
    }
}
