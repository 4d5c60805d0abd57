package io.newsstream.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of one service: {@code /health/live}, {@code /health/ready}, {@code /metrics} and the service's
 * contracts ({@code /openapi.json}, {@code /schemas/NAME}) on every service, plus the service's own routes; readiness
 * is also exported as the gauge {@code newsstream_ready}. Built on the JDK's HTTP server; no framework needed for a
 * handful of routes.
 */
public final class ServiceHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceHttpServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    static {
        // The JDK server leaves Nagle's algorithm on, so a small answer waits ~40 ms for the client's delayed ACK.
        // Read once when the JDK's server classes load, so it is set here, before the first server is created.
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
    }

    private final String service;
    private final HttpServer server;
    private final ExecutorService executor;

    private ServiceHttpServer(String service, HttpServer server, ExecutorService executor) {
        this.service = service;
        this.server = server;
        this.executor = executor;
    }

    /**
     * Starts serving.
     *
     * @param routes path prefix to handler; a handler sees every path under its prefix
     */
    public static ServiceHttpServer start(String service, String host, int port, ServiceMetrics metrics,
                                          Readiness readiness, Map<String, HttpHandler> routes) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (BindException e) {
            throw new BindException(service + " cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); is another newsstream running? Set " + service + ".port to use another port");
        }
        server.createContext("/health/live", guarded(exchange ->
                Responses.json(exchange, 200, Map.of("status", "UP", "service", service))));
        server.createContext("/health/ready", guarded(exchange -> {
            Readiness.Status status = readiness.check();
            Responses.json(exchange, status.ready() ? 200 : 503,
                    Map.of("status", status.ready() ? "UP" : "DOWN", "service", service, "detail", status.detail()));
        }));
        // The same answer as a gauge, so an alert sees a service that runs but cannot work (e.g. a stopped consumer).
        Gauge.builder("newsstream.ready", readiness, check -> check.check().ready() ? 1 : 0)
                .description("1 while /health/ready answers 200, else 0")
                .strongReference(true)
                .register(metrics.registry());
        server.createContext("/metrics", guarded(exchange -> Responses.text(exchange, 200, PROMETHEUS_TEXT, metrics.scrape())));
        ContractHandler contracts = new ContractHandler(service);
        server.createContext(ContractHandler.OPENAPI_PATH, guarded(contracts));
        server.createContext(ContractHandler.SCHEMAS_PATH, guarded(contracts));
        routes.forEach((path, handler) -> server.createContext(path, guarded(handler)));
        ExecutorService executor = Executors.newCachedThreadPool(namedDaemonThreads(service + "-http"));
        server.setExecutor(executor);
        server.start();
        log.info("{} listening on http://{}:{}", service, host, server.getAddress().getPort());
        return new ServiceHttpServer(service, server, executor);
    }

    /** The bound port, useful when started on port 0. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Turns an exception escaping a handler into a 500 with a message, rather than a dropped connection. */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (Exception e) {
                log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                tryError(exchange, e);
            } finally {
                exchange.close();
            }
        };
    }

    private static void tryError(HttpExchange exchange, Exception e) {
        try {
            Responses.error(exchange, 500, "internal error: " + e.getMessage());
        } catch (IOException | RuntimeException ignored) {
            // headers were already sent; the client sees a truncated answer
        }
    }

    private static ThreadFactory namedDaemonThreads(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        server.stop(1);
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        log.info("{} HTTP server stopped", service);
    }
}
