package io.newsstream.core.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.newsstream.core.contracts.Contracts;
import java.io.IOException;
import java.util.Optional;

/**
 * Serves a service's contracts: {@code GET /openapi.json}, its OpenAPI document, and {@code GET /schemas/NAME}, the
 * JSON Schemas that document refers to by the relative path {@code schemas/NAME}, so a client can resolve every
 * reference from the service alone.
 */
final class ContractHandler implements HttpHandler {

    static final String OPENAPI_PATH = "/openapi.json";
    static final String SCHEMAS_PATH = "/schemas/";

    private final String service;
    // Read once: the document cannot change while the process runs.
    private final Optional<byte[]> openApi;

    ContractHandler(String service) {
        this.service = service;
        this.openApi = Contracts.openApi(service);
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        if (!"GET".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            Responses.error(exchange, 405, exchange.getRequestMethod() + " is not supported here; use GET");
            return;
        }
        String path = exchange.getRequestURI().getPath();
        if (path.equals(OPENAPI_PATH)) {
            if (openApi.isEmpty()) {
                Responses.error(exchange, 404, service + " has no OpenAPI document");
                return;
            }
            Responses.send(exchange, 200, "application/json", openApi.get());
            return;
        }
        Optional<byte[]> schema = path.startsWith(SCHEMAS_PATH)
                ? Contracts.schema(path.substring(SCHEMAS_PATH.length()))
                : Optional.empty();
        if (schema.isEmpty()) {
            Responses.error(exchange, 404, "nothing is served at " + path);
            return;
        }
        Responses.send(exchange, 200, "application/schema+json", schema.get());
    }
}
