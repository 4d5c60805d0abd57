package io.newsstream.core.http;

import com.sun.net.httpserver.HttpExchange;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writes HTTP answers: JSON bodies, and errors as RFC 9457 problem details (see {@link Problem}). */
public final class Responses {

    private Responses() {
    }

    public static void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json", Json.mapper().writeValueAsBytes(body));
    }

    public static void error(HttpExchange exchange, int status, String message) throws IOException {
        problem(exchange, status, Problem.of(status, message));
    }

    /**
     * Writes problem details: a map built with {@link Problem#of} and perhaps extended with members of the caller's
     * own, or a record with the same members.
     */
    public static void problem(HttpExchange exchange, int status, Object problem) throws IOException {
        send(exchange, status, Problem.MEDIA_TYPE, Json.mapper().writeValueAsBytes(problem));
    }

    public static void text(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        send(exchange, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
