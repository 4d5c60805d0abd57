package io.newsstream.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.enrich.language.SupportedLanguages;
import java.util.Locale;
import java.util.Set;

/**
 * What the pipeline covers, for the Coverage dashboard: {@code newsstream_enrich_coverage_articles_total} by
 * publishing outlet and language, {@code newsstream_enrich_coverage_stances_total} by target and label. Every tag
 * value comes from a set fixed at start-up (the outlet catalogue, the supported languages, the configured stance
 * targets) or is {@code other}/{@code none}, so no article, however odd, adds a series of its own.
 */
public final class CoverageMetrics {

    static final String ARTICLES = "newsstream.enrich.coverage.articles";
    static final String STANCES = "newsstream.enrich.coverage.stances";
    /** A value outside the fixed set: an outlet not in the catalogue, a language or target not configured. */
    static final String OTHER = "other";
    /** No value at all: no publisher found, no language known. */
    static final String NONE = "none";

    private final MeterRegistry registry;
    private final Set<String> outletIds;
    private final Set<String> targetIds;

    public CoverageMetrics(MeterRegistry registry, Set<String> outletIds, Set<String> targetIds) {
        this.registry = registry;
        this.outletIds = Set.copyOf(outletIds);
        this.targetIds = Set.copyOf(targetIds);
        // Targets and labels are few: present from the start, so the stance panels show zero rather than no data.
        for (String target : this.targetIds) {
            for (StanceLabel label : StanceLabel.values()) {
                stanceCounter(target, label);
            }
        }
    }

    void record(EnrichedArticle article) {
        Counter.builder(ARTICLES)
                .description("Articles enriched, by publishing outlet (catalogue id) and language")
                .tag("outlet", outlet(article.outlet().publisher()))
                .tag("language", language(article.language()))
                .register(registry)
                .increment();
        for (Stance stance : article.stances()) {
            if (stance.label() != null) {
                stanceCounter(targetIds.contains(stance.target()) ? stance.target() : OTHER, stance.label()).increment();
            }
        }
    }

    private Counter stanceCounter(String target, StanceLabel label) {
        return Counter.builder(STANCES)
                .description("Stances found in enriched articles, by configured target and label")
                .tag("target", target)
                .tag("label", label.name().toLowerCase(Locale.ROOT))
                .register(registry);
    }

    private String outlet(Outlet publisher) {
        if (publisher == null || publisher.id() == null) {
            return publisher == null ? NONE : OTHER;
        }
        return outletIds.contains(publisher.id()) ? publisher.id() : OTHER;
    }

    private static String language(String tag) {
        if (tag == null || tag.isBlank()) {
            return NONE;
        }
        String primary = tag.split("-", 2)[0].toLowerCase(Locale.ROOT);
        return SupportedLanguages.isSupported(primary) ? primary : OTHER;
    }
}
