package io.newsstream.lab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SyntheticArticlesTest {

    private static final Pattern DATELINE = Pattern.compile("^[A-Z]+, [A-Z][a-z]+ \\d{1,2} \\(Newsstream Wire\\) - ");
    private static final Pattern QUOTE = Pattern.compile("\"[^\"]+,?\" [A-Z][a-z]+ (said|told)");
    // "Amara Okafor of the Red Cross": a given name and a surname, then an organisation.
    private static final Pattern INTRODUCED = Pattern.compile("([A-Z][a-z]+) ([A-Z][a-z]+) of the [A-Z]");

    private final List<Map<String, String>> articles = SyntheticArticles.generate(200, 7, "test");

    @Test
    void articlesAreThreeToFiveKilobytesOfParagraphsUnderADateline() {
        assertThat(articles).allSatisfy(article -> {
            String text = article.get("text");
            assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(3_000, 5_600);
            assertThat(text).containsPattern(DATELINE).contains("\n\n");
        });
    }

    @Test
    void everyArticleQuotesSeveralNamedPeople() {
        assertThat(articles).allSatisfy(article -> {
            String text = article.get("text");
            assertThat(QUOTE.matcher(text).results().count()).isGreaterThanOrEqualTo(4);
            assertThat(INTRODUCED.matcher(text).results().map(m -> m.group(2)).distinct().count())
                    .isGreaterThanOrEqualTo(3);
        });
    }

    @Test
    void theSameSeedGivesTheSameArticlesEachWithItsOwnUrl() {
        assertThat(SyntheticArticles.generate(200, 7, "test")).isEqualTo(articles);
        assertThat(articles.stream().map(article -> article.get("url")).distinct()).hasSize(articles.size());
    }
}
