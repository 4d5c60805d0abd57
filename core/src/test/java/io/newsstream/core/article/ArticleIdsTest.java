package io.newsstream.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void aPageTakesItsIdFromItsUrlElseFromThePageItself() {
        String page = "<html><body><p>Harbour reopens.</p></body></html>";
        assertThat(ArticleIds.ofPage("https://example.org/a?utm_source=x", page)).isEqualTo(ArticleIds.of("https://example.org/a", "other"));
        assertThat(ArticleIds.ofPage(null, page)).isEqualTo(ArticleIds.ofPage(" ", page.replace("Harbour reopens", "Harbour\n  reopens")))
                .isNotEqualTo(ArticleIds.of(null, page)).matches("[0-9a-f]{32}");
    }

    @Test
    void sameUrlWrittenDifferentlyGetsTheSameId() {
        String id = ArticleIds.of("https://news.example.org/world/talks-resume", "text one");
        assertThat(ArticleIds.of("HTTPS://News.Example.org/world/talks-resume/", "text two")).isEqualTo(id);
        assertThat(ArticleIds.of("https://news.example.org/world/talks-resume#comments", "x")).isEqualTo(id);
        assertThat(ArticleIds.of("https://news.example.org:443/world/talks-resume", "x")).isEqualTo(id);
        assertThat(ArticleIds.of("https://news.example.org/world/talks-resume?utm_source=rss&fbclid=abc", "x")).isEqualTo(id);
    }

    @Test
    void meaningfulQueryParametersAreKept() {
        assertThat(ArticleIds.of("https://news.example.org/story?id=1", "x"))
                .isNotEqualTo(ArticleIds.of("https://news.example.org/story?id=2", "x"));
        assertThat(ArticleIds.normaliseUrl("https://news.example.org/story?utm_medium=x&id=7&gclid=z"))
                .isEqualTo("https://news.example.org/story?id=7");
    }

    @Test
    void withoutUrlTheIdComesFromTheNormalisedText() {
        String id = ArticleIds.of(null, "Ministers met  in Geneva\non Tuesday.");
        assertThat(ArticleIds.of("", "ministers met in geneva on tuesday.")).isEqualTo(id);
        assertThat(ArticleIds.of(null, "Ministers met in Oslo on Tuesday.")).isNotEqualTo(id);
    }

    @Test
    void idIsThirtyTwoLowercaseHexCharacters() {
        assertThat(ArticleIds.of(null, "anything")).matches("[0-9a-f]{32}");
    }
}
