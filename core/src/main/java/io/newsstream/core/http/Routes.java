package io.newsstream.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A service's routes: each path prefix to its handler, the longest matching prefix winning, so
 * {@code /v1/articles/} (one article) and {@code /v1/articles} (a query) can live side by side. Unknown paths get 404.
 */
final class Routes implements HttpHandler {

    private final Map<String, HttpHandler> byPrefix = new LinkedHashMap<>();

    Routes(Map<String, HttpHandler> routes) {
        routes.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, HttpHandler> route) -> route.getKey().length()).reversed())
                .forEach(route -> byPrefix.put(route.getKey(), route.getValue()));
    }

    /** The prefix of the route serving {@code path}, if any. */
    Optional<String> routeOf(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return byPrefix.keySet().stream().filter(path::startsWith).findFirst();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Optional<String> route = routeOf(path);
        if (route.isEmpty()) {
            Responses.error(exchange, 404, "nothing is served at " + shortened(path));
            return;
        }
        byPrefix.get(route.get()).handle(exchange);
    }

    // The path is the client's input: cut short so it cannot flood the answer.
    static String shortened(String path) {
        return path == null ? "" : path.length() > 200 ? path.substring(0, 200) + "..." : path;
    }
}
