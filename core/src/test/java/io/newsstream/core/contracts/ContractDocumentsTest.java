package io.newsstream.core.contracts;

import static io.newsstream.core.contracts.ArticleSchemasTest.resource;
import static io.newsstream.core.contracts.SchemaValidation.errors;
import static io.newsstream.core.contracts.SchemaValidation.schemaAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsstream.core.json.Json;
import io.newsstream.core.kafka.DeadLetterHeaders;
import io.newsstream.core.kafka.Topics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The OpenAPI and AsyncAPI documents are well-formed: every reference resolves, every schema in them is a valid
 * JSON Schema that the validator can build, and the topics they name are the ones the code uses.
 */
class ContractDocumentsTest {

    private static final Set<String> COMMON_PATHS = Set.of("/health/live", "/health/ready", "/metrics", "/openapi.json", "/schemas/{name}");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "sink"})
    void openApiDocumentIsWellFormedAndEverySchemaInItBuilds(String service) throws IOException {
        String location = Contracts.openApiLocation(service);
        JsonNode document = Json.mapper().readTree(resource(location));

        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        assertThat(document.at("/info/title").asText()).contains(service);
        assertThat(document.at("/info/version").asText()).isNotBlank();
        assertThat(fieldNames(document.get("paths"))).containsAll(COMMON_PATHS);
        assertOperationsAreComplete(document);
        assertEveryReferenceResolves(location, document);

        List<String> schemaPointers = schemaPointers(document);
        assertThat(schemaPointers).hasSizeGreaterThan(COMMON_PATHS.size());
        for (String pointer : schemaPointers) {
            String schemaLocation = location + "#" + pointer;
            assertThat(errors(SchemaValidation.metaSchema(), document.at(pointer).toString()))
                    .as("%s is a valid JSON Schema", schemaLocation).isEmpty();
            assertThatCode(() -> schemaAt(schemaLocation)).as("%s builds with its references", schemaLocation)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void openApiResponsesRefuseBodiesOutsideTheirShape() {
        String sink = Contracts.openApiLocation("sink") + "#/paths/~1v1~1entities~1top/get/responses/200/content/application~1json/schema";
        assertThat(errors(schemaAt(sink), "[{\"id\":\"lindmoor\",\"name\":\"Lindmoor\",\"type\":\"LOCATION\",\"articles\":2,\"mentions\":3}]")).isEmpty();
        assertThat(errors(schemaAt(sink), "[{\"id\":\"lindmoor\",\"name\":\"Lindmoor\",\"type\":\"TOWN\",\"articles\":2,\"mentions\":3}]")).isNotEmpty();

        String portrayal = Contracts.openApiLocation("sink") + "#/paths/~1v1~1stats~1portrayal/get/responses/200/content/application~1json/schema";
        assertThat(errors(schemaAt(portrayal), "{\"entity\":\"Elsa Varga\",\"by\":\"outlet\",\"interval\":\"day\",\"buckets\":"
                + "[{\"start\":\"2031-03-01T00:00:00Z\",\"group\":\"Lindmoor Gazette\",\"POSITIVE\":2,\"NEGATIVE\":0,\"NEUTRAL\":1}]}")).isEmpty();
        assertThat(errors(schemaAt(portrayal), "{\"entity\":\"Elsa Varga\",\"by\":\"outlet\",\"interval\":\"day\",\"buckets\":"
                + "[{\"start\":\"2031-03-01T00:00:00Z\",\"group\":\"Lindmoor Gazette\",\"FAVOR\":2,\"AGAINST\":0,\"NEUTRAL\":1}]}"))
                .as("stance labels are not portrayal labels").isNotEmpty();

        String ingest = Contracts.openApiLocation("ingest") + "#/paths/~1v1~1articles/post/responses/202/content/application~1json/schema";
        assertThat(errors(schemaAt(ingest), "{\"accepted\":[{\"id\":\"0123456789abcdef0123456789abcdef\",\"line\":1}],\"rejected\":[]}")).isEmpty();
        assertThat(errors(schemaAt(ingest), "{\"accepted\":[],\"rejected\":[{\"line\":2,\"reason\":\"text is empty\",\"id\":\"x\"}]}"))
                .as("a rejected line never carries an id").isNotEmpty();
    }

    @Test
    void asyncApiChannelsAreTheTopicsOfTheCodeWithTheirPrefix() throws IOException {
        JsonNode document = asyncApi();
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");

        List<String> addresses = new ArrayList<>();
        document.get("channels").forEach(channel -> addresses.add(channel.get("address").asText()));
        for (String prefix : List.of("", "prod.")) {
            assertThat(addresses).extracting(address -> address.replace("{prefix}", prefix))
                    .containsExactlyInAnyOrderElementsOf(new Topics(prefix).allNames());
        }
        for (JsonNode channel : document.get("channels")) {
            Matcher parameters = PATH_PARAMETER.matcher(channel.get("address").asText());
            while (parameters.find()) {
                assertThat(channel.at("/parameters/" + parameters.group(1)).isMissingNode())
                        .as("parameter %s of %s is declared", parameters.group(1), channel.get("address")).isFalse();
            }
        }
        assertEveryReferenceResolves(Contracts.ASYNCAPI, document);
    }

    @Test
    void asyncApiMessagesPointAtTheArticleSchemasAndNameEveryDeadLetterHeader() throws IOException, IllegalAccessException {
        JsonNode messages = asyncApi().at("/components/messages");
        assertThat(messages.at("/RawArticle/payload/schema/$ref").asText()).isEqualTo("schemas/raw-article.schema.json");
        assertThat(messages.at("/EnrichedArticle/payload/schema/$ref").asText()).isEqualTo("schemas/enriched-article.schema.json");
        for (String message : List.of("RawArticle", "EnrichedArticle")) {
            assertThatCode(() -> schemaAt(Contracts.ASYNCAPI + "#/components/messages/" + message + "/payload/schema"))
                    .doesNotThrowAnyException();
        }

        JsonNode headers = asyncApi().at("/components/schemas/DeadLetterHeaders");
        Set<String> headerNames = new HashSet<>();
        for (Field field : DeadLetterHeaders.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                headerNames.add((String) field.get(null));
            }
        }
        assertThat(fieldNames(headers.get("properties"))).containsExactlyInAnyOrderElementsOf(headerNames);
        assertThat(headers.get("required")).extracting(JsonNode::asText).containsExactlyInAnyOrderElementsOf(headerNames);
        String dlqHeaders = Contracts.ASYNCAPI + "#/components/messages/DeadLetter/headers";
        assertThat(errors(schemaAt(dlqHeaders), Json.mapper().valueToTree(Map.of(
                DeadLetterHeaders.STAGE, "enrich.process", DeadLetterHeaders.CLASS, "java.lang.IllegalStateException",
                DeadLetterHeaders.MESSAGE, "text looks binary", DeadLetterHeaders.AT, "2031-03-04T08:15:00.123Z",
                DeadLetterHeaders.ORIGIN, "articles.raw-2@41")).toString())).isEmpty();
        assertThat(errors(schemaAt(dlqHeaders), "{\"error.stage\":\"enrich.process\"}")).as("headers missing").isNotEmpty();
    }

    private static JsonNode asyncApi() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(resource(Contracts.ASYNCAPI));
    }

    /** Every operation has a unique id and answers; every {parameter} in a path is declared as a path parameter. */
    private static void assertOperationsAreComplete(JsonNode document) {
        Set<String> operationIds = new HashSet<>();
        document.get("paths").fields().forEachRemaining(path -> {
            Set<String> declared = new HashSet<>();
            path.getValue().fields().forEachRemaining(operation -> {
                if (!METHODS.contains(operation.getKey())) {
                    return;
                }
                JsonNode body = operation.getValue();
                assertThat(operationIds.add(body.path("operationId").asText()))
                        .as("operationId of %s %s is present and unique", operation.getKey(), path.getKey()).isTrue();
                assertThat(fieldNames(body.get("responses"))).as("responses of %s", path.getKey())
                        .isNotEmpty().allMatch(status -> status.matches("[1-5][0-9][0-9]"));
                body.path("parameters").forEach(parameter -> {
                    if (parameter.path("in").asText().equals("path")) {
                        assertThat(parameter.path("required").asBoolean()).isTrue();
                        declared.add(parameter.get("name").asText());
                    }
                });
            });
            Matcher used = PATH_PARAMETER.matcher(path.getKey());
            while (used.find()) {
                assertThat(declared).as("path parameters of %s", path.getKey()).contains(used.group(1));
            }
        });
    }

    /** Local references point into the document; others name a schema file beside it (and maybe a pointer into it). */
    private static void assertEveryReferenceResolves(String location, JsonNode document) throws IOException {
        String folder = location.substring(0, location.lastIndexOf('/') + 1);
        for (String reference : references(document, new ArrayList<>())) {
            int hash = reference.indexOf('#');
            String file = hash < 0 ? reference : reference.substring(0, hash);
            String pointer = hash < 0 ? "" : reference.substring(hash + 1);
            JsonNode target = file.isEmpty() ? document : Json.mapper().readTree(resource(folder + file));
            assertThat(target.at(pointer).isMissingNode()).as("reference %s in %s", reference, location).isFalse();
        }
    }

    private static List<String> references(JsonNode node, List<String> found) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            found.add(node.get("$ref").asText());
        }
        node.forEach(child -> references(child, found));
        return found;
    }

    /** JSON pointers of every schema object in an OpenAPI document: parameters, bodies, headers and components. */
    private static List<String> schemaPointers(JsonNode document) {
        List<String> pointers = new ArrayList<>();
        collectSchemas(document, "", pointers);
        return pointers;
    }

    private static void collectSchemas(JsonNode node, String pointer, List<String> pointers) {
        if (pointer.equals("/components/schemas")) {
            fieldNames(node).forEach(name -> pointers.add(pointer + "/" + escape(name)));
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = pointer + "/" + escape(field.getKey());
            if (field.getKey().equals("schema") && field.getValue().isObject()) {
                pointers.add(child);
            } else {
                collectSchemas(field.getValue(), child, pointers);
            }
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectSchemas(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
