package io.newsstream.core.http;

import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmInfoMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The metrics registry of one service: Prometheus format, with the JVM (memory, GC, threads, classes, version) and
 * process (CPU, uptime, open files) binders. The Kafka client binders are bound by each service to the clients it
 * creates.
 *
 * <p>No meter carries a {@code service} or {@code instance} tag: which target a series came from is the scraper's to
 * say (Prometheus adds {@code instance} and the job's labels, the Prometheus Operator its {@code service}, {@code pod}
 * and {@code namespace}), and a tag of the same name set here would fight those, or need {@code honor_labels}.
 */
public final class ServiceMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final JvmGcMetrics gcMetrics;

    public ServiceMetrics() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new JvmInfoMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    /**
     * Counts a request refused for want of a valid bearer token, as
     * {@code newsstream_http_unauthorized_requests_total{endpoint,reason}}; both tags come from small fixed sets.
     */
    public void unauthorized(String endpoint, BearerTokens.Verdict verdict) {
        registry.counter("newsstream.http.unauthorized.requests", "endpoint", endpoint, "reason", verdict.tag()).increment();
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gcMetrics.close();
        registry.close();
    }
}
