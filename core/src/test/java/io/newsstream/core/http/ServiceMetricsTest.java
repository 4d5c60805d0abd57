package io.newsstream.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import org.junit.jupiter.api.Test;

class ServiceMetricsTest {

    @Test
    void seriesLeaveTheServiceAndInstanceLabelsToTheScraper() {
        try (ServiceMetrics metrics = new ServiceMetrics()) {
            Counter.builder("newsstream.test.events").register(metrics.registry()).increment();

            assertThat(metrics.scrape())
                    .contains("newsstream_test_events_total 1.0")
                    .containsPattern("jvm_memory_used_bytes\\{area=\"heap\",id=\"[^\"]+\"}")
                    .doesNotContain("service=", "instance=");
        }
    }

    @Test
    void exportsJvmAndProcessMetrics() {
        try (ServiceMetrics metrics = new ServiceMetrics()) {
            assertThat(metrics.scrape()).contains(
                    "jvm_memory_max_bytes{", "jvm_threads_live_threads ", "jvm_classes_loaded_classes ", "jvm_info{",
                    "process_cpu_usage ", "process_uptime_seconds ", "process_start_time_seconds ",
                    "process_files_open_files ");
        }
    }
}
