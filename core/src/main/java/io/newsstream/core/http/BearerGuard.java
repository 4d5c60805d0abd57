package io.newsstream.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.function.Consumer;

/** Lets a request through to its handler only with one of the configured bearer tokens; else 401 (RFC 6750). */
public final class BearerGuard implements HttpHandler {

    private final BearerTokens tokens;
    private final HttpHandler handler;
    private final Consumer<BearerTokens.Verdict> refused;

    /** @param refused told of every refusal, e.g. to count it */
    public BearerGuard(BearerTokens tokens, HttpHandler handler, Consumer<BearerTokens.Verdict> refused) {
        this.tokens = tokens;
        this.handler = handler;
        this.refused = refused;
    }

    /** The handler itself when no token is configured, else the handler behind a guard. */
    public static HttpHandler around(HttpHandler handler, BearerTokens tokens, Consumer<BearerTokens.Verdict> refused) {
        return tokens.required() ? new BearerGuard(tokens, handler, refused) : handler;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        BearerTokens.Verdict verdict = tokens.check(exchange.getRequestHeaders().getFirst("Authorization"));
        if (verdict != BearerTokens.Verdict.GRANTED) {
            refused.accept(verdict);
            unauthorized(exchange, verdict);
            return;
        }
        handler.handle(exchange);
    }

    /** 401 with the RFC 6750 challenge; the message says what to send, never what was sent. */
    public static void unauthorized(HttpExchange exchange, BearerTokens.Verdict verdict) throws IOException {
        String challenge = "Bearer realm=\"newsstream\"";
        String message = switch (verdict) {
            case MISSING -> "authentication required: send the header 'Authorization: Bearer <token>'";
            case MALFORMED -> "the Authorization header must be 'Bearer <token>'";
            default -> "the bearer token is not valid";
        };
        if (verdict == BearerTokens.Verdict.INVALID) {
            challenge += ", error=\"invalid_token\"";
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
        Responses.error(exchange, 401, message);
    }
}
