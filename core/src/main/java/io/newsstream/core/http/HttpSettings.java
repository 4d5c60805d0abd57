package io.newsstream.core.http;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.KnownSettings;
import io.newsstream.core.config.Settings;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Where and how a service serves HTTP: its address, the server's bounds and who may scrape {@code /metrics}.
 *
 * @param host the address to listen on; {@code 127.0.0.1} keeps a service off the network, {@code 0.0.0.0} (the
 *        default, what containers need) listens everywhere
 * @param metricsTokens who may read {@code /metrics}; {@link BearerTokens#none()} leaves it open
 */
public record HttpSettings(String host, int port, HttpLimits limits, BearerTokens metricsTokens) {

    public static final String MAX_THREADS = "http.max.threads";
    public static final String IDLE_TIMEOUT = "http.idle.timeout";
    public static final String MAX_HEADER_BYTES = "http.max.header.bytes";
    /** Comma-separated bearer tokens for {@code /metrics} of every service; unset by default (open). */
    public static final String METRICS_TOKENS = "metrics.auth.tokens";
    /** A file of bearer tokens for {@code /metrics}, one per line, {@code #} comments. */
    public static final String METRICS_TOKENS_FILE = "metrics.auth.tokens.file";

    /** The keys every service's HTTP server reads; its host and port are under the service's own prefix. */
    public static final KnownSettings KNOWN = KnownSettings.of(Set.of("http.", "metrics."), Map.of(),
            MAX_THREADS, IDLE_TIMEOUT, MAX_HEADER_BYTES, METRICS_TOKENS, METRICS_TOKENS_FILE);

    /** Reads {@code SERVICE.host}, {@code SERVICE.port}, the {@code http.*} bounds and the metrics tokens. */
    public static HttpSettings from(Settings settings, String service) {
        HttpLimits defaults = HttpLimits.DEFAULTS;
        int maxThreads = settings.find(MAX_THREADS).isPresent() ? settings.integer(MAX_THREADS) : defaults.maxThreads();
        Duration idle = settings.find(IDLE_TIMEOUT).isPresent() ? settings.duration(IDLE_TIMEOUT) : defaults.idleTimeout();
        int headerBytes = settings.find(MAX_HEADER_BYTES).isPresent()
                ? settings.integer(MAX_HEADER_BYTES) : defaults.maxRequestHeaderBytes();
        HttpLimits limits;
        try {
            limits = new HttpLimits(maxThreads, idle, headerBytes);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("http settings (" + MAX_THREADS + ", " + IDLE_TIMEOUT + ", " + MAX_HEADER_BYTES
                    + "): " + e.getMessage());
        }
        BearerTokens metricsTokens = BearerTokenSettings.load(METRICS_TOKENS, settings.find(METRICS_TOKENS),
                METRICS_TOKENS_FILE, settings.find(METRICS_TOKENS_FILE));
        return new HttpSettings(settings.string(service + ".host"), settings.port(service + ".port"), limits, metricsTokens);
    }

    /** Defaults for tests and tools: open metrics, default bounds. */
    public static HttpSettings of(String host, int port) {
        return new HttpSettings(host, port, HttpLimits.DEFAULTS, BearerTokens.none());
    }
}
