package io.newsstream.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.jetty12.server.TimedHandler;
import java.io.IOException;
import java.net.BindException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jetty.http.spi.JettyHttpServer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server of one service: {@code /health/live}, {@code /health/ready}, {@code /metrics} and the service's
 * contracts ({@code /openapi.json}, {@code /schemas/NAME}) on every service, plus the service's own routes; readiness
 * is also exported as the gauge {@code newsstream_ready}.
 *
 * <p>Jetty 12 does the HTTP: it parses requests (malformed ones get 400 before any handler runs), bounds threads,
 * header sizes and idle or blocked connections ({@link HttpLimits}), and is measured as {@code jetty_server_requests}
 * and {@code jetty_threads_*}. Handlers keep the small {@code com.sun.net.httpserver} interface, which Jetty serves
 * through its HTTP SPI, so a route stays a plain class testable without a framework.
 */
public final class ServiceHttpServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceHttpServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final String service;
    private final Server server;
    /** One thread accepts connections and one watches them: plenty for the request rates of these services. */
    private static final int ACCEPTORS = 1;
    private static final int SELECTORS = 1;

    private final ServerConnector connector;

    private ServiceHttpServer(String service, Server server, ServerConnector connector) {
        this.service = service;
        this.server = server;
        this.connector = connector;
    }

    /** Starts serving with the default {@link HttpLimits} and an open {@code /metrics}. */
    public static ServiceHttpServer start(String service, String host, int port, ServiceMetrics metrics,
                                          Readiness readiness, Map<String, HttpHandler> routes) throws IOException {
        return start(service, HttpSettings.of(host, port), metrics, readiness, routes);
    }

    /**
     * Starts serving.
     *
     * @param routes path prefix to handler; a handler sees every path under its prefix
     */
    public static ServiceHttpServer start(String service, HttpSettings http, ServiceMetrics metrics,
                                          Readiness readiness, Map<String, HttpHandler> routes) throws IOException {
        String host = http.host();
        int port = http.port();
        HttpLimits limits = http.limits();
        // Jetty's acceptor and selector run on the same pool: add them, and reserve none, so that http.max.threads is
        // exactly the number of requests (open SSE streams included) served at once, as documented. With the
        // acceptors and selectors counted in, 200 threads took only 197 SSE readers.
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads() + ACCEPTORS + SELECTORS,
                Math.min(8, limits.maxThreads()));
        threads.setReservedThreads(0);
        threads.setName(service + "-http");
        threads.setDaemon(true);
        Server server = new Server(threads);
        server.setErrorHandler(new ProblemErrorHandler());
        ServerConnector connector = new ServerConnector(server, ACCEPTORS, SELECTORS,
                new HttpConnectionFactory(httpConfiguration(limits)));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        Map<String, HttpHandler> all = new HashMap<>(routes);
        all.put("/health/live", exchange -> Responses.json(exchange, 200, Map.of("status", "UP", "service", service)));
        all.put("/health/ready", exchange -> {
            Readiness.Status status = readiness.check();
            Responses.json(exchange, status.ready() ? 200 : 503,
                    Map.of("status", status.ready() ? "UP" : "DOWN", "service", service, "detail", status.detail()));
        });
        // Metrics can say more than an operator wants public (instances, topics, rates): a token of their own.
        all.put("/metrics", BearerGuard.around(
                exchange -> Responses.text(exchange, 200, PROMETHEUS_TEXT, metrics.scrape()),
                http.metricsTokens(), verdict -> metrics.unauthorized("metrics", verdict)));
        ContractHandler contracts = new ContractHandler(service);
        all.put(ContractHandler.OPENAPI_PATH, contracts);
        all.put(ContractHandler.SCHEMAS_PATH, contracts);
        Routes serviceRoutes = new Routes(all);
        // The same answer as a gauge, so an alert sees a service that runs but cannot work (e.g. a stopped consumer).
        Gauge.builder("newsstream.ready", readiness, check -> check.check().ready() ? 1 : 0)
                .description("1 while /health/ready answers 200, else 0")
                .strongReference(true)
                .register(metrics.registry());
        new JettyServerThreadPoolMetrics(threads, Tags.empty()).bindTo(metrics.registry());

        // One root context: the routes pick handlers by the JDK server's rule (longest prefix), not Jetty's.
        ContextHandlerCollection contexts = new ContextHandlerCollection();
        TimedHandler timed = new TimedHandler(metrics.registry(), Tags.empty(), new RouteTags(serviceRoutes));
        UnreadableRequests unreadable = new UnreadableRequests();
        unreadable.setHandler(contexts);
        timed.setHandler(unreadable);
        server.setHandler(timed);
        new JettyHttpServer(server, true).createContext("/", guarded(serviceRoutes));
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (causedBy(e, BindException.class)) {
                throw new BindException(service + " cannot listen on " + host + ":" + port + " (" + e.getMessage()
                        + "); is another newsstream running? Set " + service + ".port to use another port");
            }
            throw e instanceof IOException io ? io : new IOException(service + " HTTP server did not start: " + e, e);
        }
        log.info("{} listening on http://{}:{}", service, host, connector.getLocalPort());
        return new ServiceHttpServer(service, server, connector);
    }

    private static HttpConfiguration httpConfiguration(HttpLimits limits) {
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setRequestHeaderSize(limits.maxRequestHeaderBytes());
        // Nobody needs to know which server version answers, least of all an attacker.
        configuration.setSendServerVersion(false);
        return configuration;
    }

    /** The bound port, useful when started on port 0. */
    public int port() {
        return connector.getLocalPort();
    }

    /**
     * Turns an exception escaping a handler into an answer rather than a dropped connection: a request body that
     * ends early or breaks its framing is the client's fault (400), anything else is ours (500, logged).
     */
    private static HttpHandler guarded(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (Exception e) {
                BadRequestBody.of(e).ifPresentOrElse(
                        reason -> tryError(exchange, 400, reason),
                        () -> {
                            log.error("{} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
                            tryError(exchange, 500, "internal error: " + e.getMessage());
                        });
            } finally {
                closeQuietly(exchange);
            }
        };
    }

    /** Closing flushes the answer; a client that went away (a closed stream, a cancelled download) is not an error. */
    private static void closeQuietly(HttpExchange exchange) {
        try {
            exchange.close();
        } catch (RuntimeException e) {
            if (!causedBy(e, IOException.class)) {
                throw e;
            }
            log.debug("{} {}: client went away before the answer was flushed: {}", exchange.getRequestMethod(),
                    exchange.getRequestURI(), e.getMessage());
        }
    }

    private static void tryError(HttpExchange exchange, int status, String message) {
        try {
            Responses.error(exchange, status, message);
        } catch (IOException | RuntimeException ignored) {
            // headers were already sent or the client is gone; it sees a truncated answer
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            log.debug("stopping a server that did not start: {}", e.toString());
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("{} HTTP server did not stop cleanly: {}", service, e.toString());
        }
        log.info("{} HTTP server stopped", service);
    }
}
