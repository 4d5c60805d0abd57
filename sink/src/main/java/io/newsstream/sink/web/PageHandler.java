package io.newsstream.sink.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.http.Responses;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The web page: a fixed set of static files from the sink's resources, read once, served at {@code /} (the page)
 * and {@code /ui/NAME} (its script, style and chart code). The files hold no data: everything the page shows it asks
 * the API for, with the bearer token the user gives it when the API asks for one, so the files stay open.
 */
public final class PageHandler implements HttpHandler {

    public static final String PAGE = "/";
    public static final String ASSETS = "/ui/";
    private static final String RESOURCES = "/io/newsstream/sink/web/";
    // No inline script or style, nothing from elsewhere: even text that slipped past escaping could not run.
    private static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
            + " connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> files = Map.of(
            PAGE, load("index.html", "text/html; charset=utf-8"),
            ASSETS + "app.js", load("app.js", "text/javascript; charset=utf-8"),
            ASSETS + "chart.js", load("chart.js", "text/javascript; charset=utf-8"),
            ASSETS + "style.css", load("style.css", "text/css; charset=utf-8"),
            ASSETS + "icon.svg", load("icon.svg", "image/svg+xml"));

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        File file = files.get(path);
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.error(exchange, 405, exchange.getRequestMethod() + " is not supported here; use GET");
            return;
        }
        if (file == null) {
            Responses.error(exchange, 404, "nothing is served at " + (path.length() > 200 ? path.substring(0, 200)
                    + "..." : path));
            return;
        }
        exchange.getResponseHeaders().set("Content-Security-Policy", POLICY);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        // Revalidated on every load, so a new sink version's page is never mixed with an old script.
        exchange.getResponseHeaders().set("Cache-Control", "no-cache");
        Responses.send(exchange, 200, file.contentType(), file.bytes());
    }

    private static File load(String name, String contentType) {
        try (InputStream in = PageHandler.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the page's file " + name + " is missing from the sink's resources");
            }
            return new File(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
