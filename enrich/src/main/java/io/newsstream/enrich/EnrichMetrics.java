package io.newsstream.enrich;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.http.LatencyBuckets;
import io.newsstream.enrich.errors.DeadLetterObserver;
import io.newsstream.enrich.errors.DeadLetters;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The enrich service's own meters: {@code newsstream_enrich_articles_total}, {@code newsstream_enrich_dead_letters_total}
 * by failing stage (every stage present from the start, at zero), and the histogram
 * {@code newsstream_enrich_duration_seconds} of the enrichment steps per article; and the {@link CoverageMetrics}
 * of what was enriched.
 */
public final class EnrichMetrics implements DeadLetterObserver {

    private final MeterRegistry registry;
    private final Counter articles;
    private final Timer duration;
    private final CoverageMetrics coverage;

    /** Meters without an outlet catalogue or stance targets: every outlet and target counts as {@code other}. */
    public EnrichMetrics(MeterRegistry registry) {
        this(registry, Set.of(), Set.of());
    }

    /**
     * @param outletIds the catalogue's outlet ids, the only outlet tag values besides {@code other} and {@code none}
     * @param targetIds the configured stance targets, the only target tag values besides {@code other}
     */
    public EnrichMetrics(MeterRegistry registry, Set<String> outletIds, Set<String> targetIds) {
        this.registry = registry;
        this.coverage = new CoverageMetrics(registry, outletIds, targetIds);
        this.articles = Counter.builder("newsstream.enrich.articles")
                .description("Articles enriched and written to articles.enriched")
                .register(registry);
        this.duration = Timer.builder("newsstream.enrich.duration")
                .description("Time to run the enrichment steps on one article")
                .serviceLevelObjectives(LatencyBuckets.ARTICLE_STEP)
                .register(registry);
        // Registered at zero up front, so alerts and dashboards see a series before the first dead letter.
        deadLetterCounter(DeadLetters.STAGE_DESERIALIZE);
        deadLetterCounter(DeadLetters.STAGE_PROCESS);
        deadLetterCounter(DeadLetters.STAGE_PRODUCE);
    }

    /** Meters kept in a private registry, for topologies run without a service (tests, tools). */
    public static EnrichMetrics unpublished() {
        return new EnrichMetrics(new SimpleMeterRegistry());
    }

    EnrichedArticle timeEnrichment(Supplier<EnrichedArticle> enrichment) {
        return duration.record(enrichment);
    }

    void articleEnriched(EnrichedArticle article) {
        articles.increment();
        coverage.record(article);
    }

    @Override
    public void deadLettered(String stage) {
        deadLetterCounter(stage).increment();
    }

    // The stage is one of a handful of names fixed in code, so it is safe as a tag.
    private Counter deadLetterCounter(String stage) {
        return Counter.builder("newsstream.enrich.dead.letters")
                .description("Records sent to the dead-letter topic, by the stage that failed")
                .tag("stage", stage)
                .register(registry);
    }

    public double articlesEnriched() {
        return articles.count();
    }

    public double deadLetters(String stage) {
        Counter counter = registry.find("newsstream.enrich.dead.letters").tag("stage", stage).counter();
        return counter == null ? 0 : counter.count();
    }
}
