package io.newsstream.deploy.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.newsstream.core.contracts.Contracts;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A contract document on the classpath, and the JSON Schemas inside it. OpenAPI 3.1 schemas are JSON Schema 2020-12,
 * so a response's schema is built straight from its place in the document, with its references to components and
 * to the schema files resolved by the validator.
 */
final class ContractDocument {

    // Format is only an annotation in 2020-12 unless asked for; the contract promises ISO-8601 instants, so check them.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private final String location;
    private final JsonNode tree;

    private ContractDocument(String location, JsonNode tree) {
        this.location = location;
        this.tree = tree;
    }

    static ContractDocument openApi(String service) {
        String location = Contracts.openApiLocation(service);
        byte[] bytes = Contracts.openApi(service).orElseThrow(() -> new IllegalArgumentException("no OpenAPI document for " + service));
        try {
            return new ContractDocument(location, Json.mapper().readTree(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ContractDocument asyncApi() {
        // Only the location is needed: the validator reads YAML itself.
        return new ContractDocument(Contracts.ASYNCAPI, null);
    }

    /** The schema at a JSON pointer inside this document, its references resolved now. */
    Schema schemaAt(String pointer) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + location + "#" + pointer));
        schema.initializeValidators();
        return schema;
    }

    /**
     * The schema of one response body of an OpenAPI operation, following a response given as a reference to
     * {@code #/components/responses}.
     */
    Schema responseSchema(String path, String method, int status, String mediaType) {
        String responsePointer = "/paths/" + escape(path) + "/" + method + "/responses/" + status;
        JsonNode response = tree.at(responsePointer);
        if (response.isMissingNode()) {
            throw new AssertionError(location + " documents no " + status + " answer for " + method.toUpperCase() + " " + path);
        }
        if (response.has("$ref")) {
            responsePointer = response.get("$ref").asText().substring(1);
            response = tree.at(responsePointer);
        }
        if (!response.path("content").has(mediaType)) {
            throw new AssertionError(location + " documents no " + mediaType + " body for " + status + " of "
                    + method.toUpperCase() + " " + path + ", only " + response.path("content"));
        }
        return schemaAt(responsePointer + "/content/" + escape(mediaType) + "/schema");
    }

    /** The validation errors of a JSON text, as readable lines; empty when it is valid. */
    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
