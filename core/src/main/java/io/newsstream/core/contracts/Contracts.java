package io.newsstream.core.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the machine-readable contracts live on the classpath: the JSON Schemas of the records and HTTP bodies, the
 * OpenAPI document of each service and the AsyncAPI document of the topics. The documents refer to the schemas as
 * {@code schemas/NAME}, relative to themselves, which holds both in this folder and when a service serves them.
 */
public final class Contracts {

    /** The classpath folder of every contract document. */
    public static final String FOLDER = "io/newsstream/core/contracts/";
    /** The JSON Schemas, {@code schemas/NAME.schema.json} inside {@link #FOLDER}. */
    public static final String SCHEMAS_FOLDER = FOLDER + "schemas/";
    public static final String ASYNCAPI = FOLDER + "asyncapi.yaml";
    public static final String RAW_ARTICLE_SCHEMA = SCHEMAS_FOLDER + "raw-article.schema.json";
    public static final String ENRICHED_ARTICLE_SCHEMA = SCHEMAS_FOLDER + "enriched-article.schema.json";

    // Only plain file names: a request path must never walk out of the schemas folder.
    private static final Pattern SCHEMA_FILE = Pattern.compile("[a-z][a-z0-9-]*\\.schema\\.json");

    private Contracts() {
    }

    /** The classpath location of a service's OpenAPI document, e.g. {@code .../sink.openapi.json}. */
    public static String openApiLocation(String service) {
        return FOLDER + service + ".openapi.json";
    }

    /** The OpenAPI document of a service, or empty when it has none. */
    public static Optional<byte[]> openApi(String service) {
        return read(openApiLocation(service));
    }

    /** A JSON Schema by file name ({@code enriched-article.schema.json}), or empty when there is no such schema. */
    public static Optional<byte[]> schema(String fileName) {
        if (fileName == null || !SCHEMA_FILE.matcher(fileName).matches()) {
            return Optional.empty();
        }
        return read(SCHEMAS_FOLDER + fileName);
    }

    private static Optional<byte[]> read(String location) {
        try (InputStream in = Contracts.class.getClassLoader().getResourceAsStream(location)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract document " + location, e);
        }
    }
}
