package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.ArticleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleArticlesTest {

    @Test
    void bundleHoldsAtLeastTwentyDistinctArticlesWithHeadlines() {
        List<SampleArticles.Sample> samples = SampleArticles.load();

        assertThat(samples).hasSizeGreaterThanOrEqualTo(20);
        assertThat(samples).allSatisfy(sample -> {
            String headline = sample.text().lines().findFirst().orElse("");
            assertThat(headline).as(sample.fileName()).isNotBlank().doesNotEndWith(".");
            assertThat(sample.text().split("\\s+").length).as(sample.fileName()).isGreaterThan(80);
        });
        // Distinct texts give distinct ids, so every sample is its own stored article.
        assertThat(samples.stream().map(s -> ArticleIds.of(null, s.text())).distinct()).hasSameSizeAs(samples);
    }
}
