package io.newsstream.sink.query;

import static io.newsstream.sink.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.sink.ArticleBuilder;
import org.junit.jupiter.api.Test;

/** The live stream's side of the researchers' filters: the same decisions the database makes. */
class ArticleFilterTest {

    private static final String FEED = "https://lindmoor.example/rss.xml";
    private final EnrichedArticle fromFeed =
            article(1).language("pt-BR").author("Ana Souza").fromFeed(FEED).build();

    @Test
    void languageMatchesTheTagOrItsRegionalVariantsInAnyCase() {
        assertThat(filter("pt", null, null, null).matches(fromFeed)).isTrue();
        assertThat(filter("PT-br", null, null, null).matches(fromFeed)).isTrue();
        assertThat(filter("pt-PT", null, null, null).matches(fromFeed)).isFalse();
        assertThat(filter("p", null, null, null).matches(fromFeed)).isFalse();
    }

    @Test
    void authorChannelAndFeedMatchExactly() {
        assertThat(filter(null, "Ana Souza", Channel.FEED, FEED).matches(fromFeed)).isTrue();
        assertThat(filter(null, "ana souza", null, null).matches(fromFeed)).isFalse();
        assertThat(filter(null, null, Channel.HTTP, null).matches(fromFeed)).isFalse();
        assertThat(filter(null, null, null, FEED + "?page=2").matches(fromFeed)).isFalse();
    }

    @Test
    void anArticleWithoutStoryIsItsOwnStoryAndOnlyCopiesAreLeftOutAsNotUnique() {
        EnrichedArticle copy = article(2).copyOf(1, 0.9).build();

        assertThat(story(ArticleBuilder.id(1)).matches(fromFeed)).isTrue();
        assertThat(story(ArticleBuilder.id(1)).matches(copy)).isTrue();
        assertThat(story(ArticleBuilder.id(2)).matches(copy)).isFalse();
        assertThat(ArticleFilter.NONE.originalsOnly(true).matches(fromFeed)).isTrue();
        assertThat(ArticleFilter.NONE.originalsOnly(true).matches(copy)).isFalse();
    }

    private static ArticleFilter story(String storyId) {
        return new ArticleFilter(null, null, null, null, null, null, null, null, null, null, null, storyId, false);
    }

    private static ArticleFilter filter(String language, String author, Channel channel, String feed) {
        return new ArticleFilter(null, null, null, null, null, null, language, author, channel, feed, null, null,
                false);
    }
}
