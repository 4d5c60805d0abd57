package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsstream.enrich.errors.DeadLetters;
import org.junit.jupiter.api.Test;

class EnrichMetricsTest {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final EnrichMetrics metrics = new EnrichMetrics(registry);

    @Test
    void deadLetterCountersOfBothStagesExistAtZeroBeforeTheFirstDeadLetter() {
        assertThat(registry.scrape())
                .contains("newsstream_enrich_dead_letters_total{stage=\"enrich.deserialize\"} 0.0")
                .contains("newsstream_enrich_dead_letters_total{stage=\"enrich.process\"} 0.0");
    }

    @Test
    void deadLettersAreCountedPerStage() {
        metrics.deadLettered(DeadLetters.STAGE_PROCESS);
        metrics.deadLettered(DeadLetters.STAGE_PROCESS);

        assertThat(metrics.deadLetters(DeadLetters.STAGE_PROCESS)).isEqualTo(2.0);
        assertThat(metrics.deadLetters(DeadLetters.STAGE_DESERIALIZE)).isZero();
    }

    @Test
    void enrichmentTimeIsAHistogramWithBuckets() {
        metrics.timeEnrichment(() -> null);

        assertThat(registry.scrape())
                .contains("newsstream_enrich_duration_seconds_bucket{le=\"0.001\"}")
                .contains("newsstream_enrich_duration_seconds_bucket{le=\"1.0\"}")
                .contains("newsstream_enrich_duration_seconds_bucket{le=\"+Inf\"} 1")
                .contains("newsstream_enrich_duration_seconds_count 1");
    }
}
