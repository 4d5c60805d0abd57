package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverageMetricsTest {

    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final EnrichMetrics metrics = new EnrichMetrics(registry, Set.of("bbc", "lemonde"), Set.of("climate"));

    private static EnrichedArticle article(String outletId, String language, List<Stance> stances) {
        OutletAttribution outlet = outletId == null ? OutletAttribution.UNKNOWN
                : new OutletAttribution(new Outlet(outletId, outletId, null, null, 0.9, List.of()), null, List.of());
        return new EnrichedArticle("a1", null, "t", "x", null, language, AT, AT, Channel.HTTP, null, "body", 1, List.of(),
                outlet, List.of(), stances, List.of(), null, AT, Enricher.VERSION);
    }

    private static Stance stance(String target, StanceLabel label) {
        return new Stance(target, label, 0.8, List.of(), List.of());
    }

    @Test
    void articlesAreCountedByCatalogueOutletAndSupportedLanguage() {
        metrics.articleEnriched(article("bbc", "en", List.of()));
        metrics.articleEnriched(article("bbc", "en-GB", List.of()));
        metrics.articleEnriched(article("lemonde", "fr", List.of()));

        assertThat(registry.scrape())
                .contains("newsstream_enrich_coverage_articles_total{language=\"en\",outlet=\"bbc\"} 2.0")
                .contains("newsstream_enrich_coverage_articles_total{language=\"fr\",outlet=\"lemonde\"} 1.0");
    }

    @Test
    void valuesOutsideTheFixedSetsCountAsOtherOrNoneSoNoArticleAddsASeries() {
        metrics.articleEnriched(article("some-blog.example", "xx", List.of()));
        metrics.articleEnriched(article("another-blog.example", "tlh", List.of()));
        metrics.articleEnriched(article(null, null, List.of()));

        String scrape = registry.scrape();
        assertThat(scrape)
                .contains("newsstream_enrich_coverage_articles_total{language=\"other\",outlet=\"other\"} 2.0")
                .contains("newsstream_enrich_coverage_articles_total{language=\"none\",outlet=\"none\"} 1.0")
                .doesNotContain("blog.example").doesNotContain("tlh");
    }

    @Test
    void stancesAreCountedByConfiguredTargetAndLabelFromZero() {
        assertThat(registry.scrape())
                .contains("newsstream_enrich_coverage_stances_total{label=\"favor\",target=\"climate\"} 0.0")
                .contains("newsstream_enrich_coverage_stances_total{label=\"against\",target=\"climate\"} 0.0");

        metrics.articleEnriched(article("bbc", "en", List.of(stance("climate", StanceLabel.AGAINST),
                stance("a-target-removed-since", StanceLabel.FAVOR))));

        assertThat(registry.scrape())
                .contains("newsstream_enrich_coverage_stances_total{label=\"against\",target=\"climate\"} 1.0")
                .contains("newsstream_enrich_coverage_stances_total{label=\"favor\",target=\"other\"} 1.0");
    }
}
