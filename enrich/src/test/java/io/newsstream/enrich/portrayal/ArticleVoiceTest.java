package io.newsstream.enrich.portrayal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleVoiceTest {

    @Test
    void quotationsAndRelayedViewsAreNotTheArticlesVoice() {
        assertThat(ArticleVoice.relayed("Berman blasted Andrew for his conduct.")).isTrue();
        assertThat(ArticleVoice.relayed("The minister said the plan was a disaster.")).isTrue();
        assertThat(ArticleVoice.relayed("The bank is doing well, according to analysts.")).isTrue();
        assertThat(ArticleVoice.relayed("She called it \u201Ca triumph\u201D.")).isTrue();
    }

    @Test
    void theArticlesOwnStatementsAre() {
        assertThat(ArticleVoice.relayed("Chalobah was the most decisive player on the pitch.")).isFalse();
        assertThat(ArticleVoice.relayed("The company collapsed in 2023 after years of losses.")).isFalse();
    }
}
