package io.newsstream.core.contracts;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** The validator the contract tests share: JSON Schema 2020-12, formats such as date-time checked, documents read from the classpath. */
final class SchemaValidation {

    // Format is only an annotation in 2020-12 unless asked for; the contract promises ISO-8601 instants, so check them.
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

    private SchemaValidation() {
    }

    /**
     * The schema at a classpath location, optionally with a JSON pointer fragment into a larger document
     * ({@code .../sink.openapi.json#/components/schemas/TopEntity}); every reference it makes is resolved now.
     */
    static Schema schemaAt(String classpathLocation) {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + classpathLocation));
        schema.initializeValidators();
        return schema;
    }

    /** The validation errors of a JSON text against a schema, as readable lines; empty when it is valid. */
    static List<String> errors(Schema schema, String json) {
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    /** The 2020-12 meta-schema, bundled with the validator, to check that a schema is itself well-formed. */
    static Schema metaSchema() {
        Schema schema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
        schema.initializeValidators();
        return schema;
    }
}
