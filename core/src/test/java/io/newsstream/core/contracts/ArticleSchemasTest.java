package io.newsstream.core.contracts;

import static io.newsstream.core.contracts.SchemaValidation.errors;
import static io.newsstream.core.contracts.SchemaValidation.schemaAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Extraction;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.article.Span;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The article JSON Schemas accept what {@link Json} writes for the records, and refuse what breaks the contract. */
class ArticleSchemasTest {

    private static final Instant RECEIVED = Instant.parse("2031-03-04T08:15:00Z");
    private static final String TEXT = "Harbour talks resume\nThe mayor of Lindmoor met dock workers on Tuesday.";
    private static final String ID = ArticleIds.of("https://lindmoor-gazette.example/harbour", TEXT);

    private final Schema raw = schemaAt(Contracts.RAW_ARTICLE_SCHEMA);
    private final Schema enriched = schemaAt(Contracts.ENRICHED_ARTICLE_SCHEMA);

    static Stream<String> schemaFiles() {
        return Stream.of("raw-article", "enriched-article", "article-submission", "error", "health", "ingest-answer")
                .map(name -> name + ".schema.json");
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everySchemaIsValidAgainstTheDraft202012MetaSchema(String file) throws IOException {
        assertThat(errors(SchemaValidation.metaSchema(), resource(Contracts.SCHEMAS_FOLDER + file))).isEmpty();
        assertThat(Contracts.schema(file)).as("served by name").isPresent();
    }

    @Test
    void rawArticleAsWrittenByIngestIsValid() throws IOException {
        RawArticle full = new RawArticle(ID, "https://lindmoor-gazette.example/harbour", "Harbour talks resume", TEXT,
                "Lindmoor Gazette", "en", Instant.parse("2031-03-03T00:00:00Z"), RECEIVED, Channel.FEED,
                "https://lindmoor-gazette.example/rss.xml");
        RawArticle minimal = new RawArticle(ID, null, null, TEXT, null, null, null, RECEIVED.plusNanos(123_456_789), Channel.HTTP, null);

        assertThat(errors(raw, write(full))).isEmpty();
        assertThat(errors(raw, write(minimal))).isEmpty();
    }

    @Test
    void enrichedArticleWithEveryNestedTypeIsValid() throws IOException {
        assertThat(errors(enriched, write(fullyEnriched()))).isEmpty();
    }

    @Test
    void enrichedArticleWithNothingFoundIsValid() throws IOException {
        EnrichedArticle bare = new EnrichedArticle(ID, null, null, TEXT, null, "und", null, RECEIVED, Channel.FILE, null,
                "", 0, null, null, null, null, null, null, RECEIVED, "0.1.0");

        assertThat(errors(enriched, write(bare))).isEmpty();
    }

    @Test
    void rawHtmlPageIsValidAndHoldsExactlyOneOfTextAndHtml() throws IOException {
        String page = "<html><head><title>Harbour talks resume</title></head><body><p>The mayor met dock workers.</p></body></html>";
        RawArticle html = new RawArticle(ArticleIds.ofPage(null, page), null, null, null, null, null, null, RECEIVED,
                Channel.HTTP, null, page);
        assertThat(errors(raw, write(html))).isEmpty();

        ObjectNode both = tree(write(html));
        both.put("text", TEXT);
        ObjectNode neither = tree(write(html));
        neither.remove("html");
        assertThat(errors(raw, both.toString())).as("text and html").isNotEmpty();
        assertThat(errors(raw, neither.toString())).as("neither text nor html").isNotEmpty();
    }

    @Test
    void enrichedHtmlPageWithoutTextIsValidAndItsOutcomeIsExplicit() throws IOException {
        EnrichedArticle noArticle = new EnrichedArticle(ID, "https://lindmoor-gazette.example/", "Lindmoor Gazette", null,
                null, "en", null, RECEIVED, Channel.HTTP, null, "", 0, null, null, null, null, null, null, RECEIVED,
                "0.4.0", "https://lindmoor-gazette.example/", "News from the harbour", List.of("harbour"),
                new Extraction(Extraction.Source.HTML, Extraction.Outcome.NO_ARTICLE, "a list of links, no article text"));
        String json = write(noArticle);

        assertThat(errors(enriched, json)).isEmpty();
        assertThat(tree(json).at("/extraction/source").asText()).isEqualTo("html");
        assertThat(Json.mapper().readValue(json, EnrichedArticle.class)).isEqualTo(noArticle);
        ObjectNode badOutcome = tree(json);
        ((ObjectNode) badOutcome.get("extraction")).put("outcome", "MAYBE");
        assertThat(errors(enriched, badOutcome.toString())).as("an outcome outside the enum").isNotEmpty();
    }

    @Test
    void aRawArticleNeedsExactlyOneOfTextAndHtml() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RawArticle(ID, null, null, TEXT, null, null, null,
                RECEIVED, Channel.HTTP, null, "<p>page</p>")).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RawArticle(ID, null, null, null, null, null, null,
                RECEIVED, Channel.HTTP, null, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anArticleWithoutIdIsRejectedByBothSchemas() throws IOException {
        ObjectNode rawJson = tree(write(new RawArticle(ID, null, null, TEXT, null, null, null, RECEIVED, Channel.HTTP, null)));
        rawJson.remove("id");
        ObjectNode enrichedJson = tree(write(fullyEnriched()));
        enrichedJson.remove("id");

        assertThat(errors(raw, rawJson.toString())).singleElement().asString().contains("id");
        assertThat(errors(enriched, enrichedJson.toString())).isNotEmpty().anyMatch(error -> error.contains("id"));
    }

    @Test
    void valuesOutsideTheContractAreRejected() throws IOException {
        assertThat(errors(raw, withField(rawArticle(), "channel", "carrier-pigeon"))).as("unknown channel").isNotEmpty();
        assertThat(errors(raw, withField(rawArticle(), "receivedAt", "yesterday"))).as("not a date-time").isNotEmpty();
        assertThat(errors(raw, withField(rawArticle(), "text", "  \n "))).as("blank text").isNotEmpty();
        assertThat(errors(raw, withField(rawArticle(), "id", "ABC"))).as("not a 32-hex id").isNotEmpty();

        ObjectNode article = tree(write(fullyEnriched()));
        ((ArrayNode) article.at("/entities/0/spans/0")).add(30);
        assertThat(errors(enriched, article.toString())).as("a span of three numbers").isNotEmpty();
        ObjectNode badLabel = tree(write(fullyEnriched()));
        ((ObjectNode) badLabel.at("/stances/0")).put("label", "SUPPORTIVE");
        assertThat(errors(enriched, badLabel.toString())).as("a stance label outside the enum").isNotEmpty();
        ObjectNode badConfidence = tree(write(fullyEnriched()));
        ((ObjectNode) badConfidence.at("/entityStances/0")).put("confidence", 1.5);
        assertThat(errors(enriched, badConfidence.toString())).as("confidence above 1").isNotEmpty();
    }

    @Test
    void unknownPropertiesAreAllowedForForwardCompatibility() throws IOException {
        ObjectNode article = tree(write(fullyEnriched()));
        article.put("sentiment", "added by a newer enricher");
        ((ObjectNode) article.at("/entities/0")).put("wikidata", "Q0");

        assertThat(errors(enriched, article.toString())).isEmpty();
    }

    /** A field added to a record but not to its schema would go unnoticed by the tests above; this catches it. */
    @Test
    void everyRecordComponentIsDescribedInItsSchema() throws IOException {
        JsonNode rawSchema = tree(resource(Contracts.RAW_ARTICLE_SCHEMA));
        JsonNode enrichedSchema = tree(resource(Contracts.ENRICHED_ARTICLE_SCHEMA));
        JsonNode definitions = enrichedSchema.get("$defs");

        assertDescribed(RawArticle.class, rawSchema.get("properties"));
        for (String name : componentNames(EnrichedArticle.class)) {
            assertThat(enrichedSchema.get("properties").has(name) || rawSchema.get("properties").has(name))
                    .as("EnrichedArticle.%s is in the schema", name).isTrue();
        }
        for (Class<?> type : List.of(Outlet.class, OutletAttribution.class, Entity.class, Stance.class,
                SpeakerStance.class, EntityStance.class, Extraction.class)) {
            assertDescribed(type, definitions.get(type.getSimpleName()).get("properties"));
        }
        assertThat(definitions.at("/Span/prefixItems").size()).isEqualTo(componentNames(Span.class).size());
        assertEnum(definitions.get("EntityType"), EntityType.values());
        assertEnum(definitions.get("StanceLabel"), StanceLabel.values());
        assertEnum(definitions.get("Polarity"), Polarity.values());
        assertEnum(definitions.at("/Extraction/properties/outcome"), Extraction.Outcome.values());
        assertThat(definitions.at("/Extraction/properties/source/enum")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Extraction.Source.values()).map(Extraction.Source::wireName).toList());
        assertThat(rawSchema.at("/properties/channel/enum")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Channel.values()).map(Channel::wireName).toList());
    }

    private static void assertDescribed(Class<?> record, JsonNode properties) {
        assertThat(properties).as("properties of %s", record.getSimpleName()).isNotNull();
        for (String name : componentNames(record)) {
            assertThat(properties.has(name)).as("%s.%s is in the schema", record.getSimpleName(), name).isTrue();
        }
    }

    private static void assertEnum(JsonNode schema, Enum<?>[] values) {
        assertThat(schema.get("enum")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(values).map(Enum::name).toList());
    }

    private static List<String> componentNames(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static EnrichedArticle fullyEnriched() {
        Outlet gazette = new Outlet("lindmoor-gazette", "Lindmoor Gazette", "lindmoor-gazette.example", "GB", 0.95,
                List.of("lindmoor-gazette.example"));
        Outlet wire = new Outlet("harbour-wire", "Harbour Wire", null, null, 0.6, List.of("according to Harbour Wire"));
        String body = "The mayor of Lindmoor met dock workers on Tuesday.";
        return new EnrichedArticle(ID, "https://lindmoor-gazette.example/harbour", "Harbour talks resume", TEXT,
                "Lindmoor Gazette", "en", Instant.parse("2031-03-03T00:00:00Z"), RECEIVED, Channel.HTTP, null,
                body, 9, List.of("Mira Holt"),
                new OutletAttribution(gazette, wire, List.of(wire)),
                List.of(new Entity("lindmoor", "Lindmoor", EntityType.LOCATION, 1, List.of("Lindmoor"), List.of(new Span(13, 21)))),
                List.of(new Stance("harbour-strike", StanceLabel.NEUTRAL, 0.55, List.of(body),
                        List.of(new SpeakerStance("Mira Holt", StanceLabel.AGAINST, "Holt said the strike must end.")))),
                List.of(new EntityStance("Lindmoor Council", EntityType.ORG, Polarity.NEGATIVE, 0.7,
                        List.of("The council ignored the workers."))),
                null, RECEIVED.plusMillis(250), "0.1.0");
    }

    private static String rawArticle() throws IOException {
        return write(new RawArticle(ID, null, null, TEXT, null, null, null, RECEIVED, Channel.HTTP, null));
    }

    private static String withField(String json, String name, String value) throws IOException {
        ObjectNode node = tree(json);
        node.put(name, value);
        return node.toString();
    }

    private static String write(Object record) throws IOException {
        return Json.mapper().writeValueAsString(record);
    }

    private static ObjectNode tree(String json) throws IOException {
        return (ObjectNode) Json.mapper().readTree(json);
    }

    static String resource(String location) throws IOException {
        try (InputStream in = ArticleSchemasTest.class.getClassLoader().getResourceAsStream(location)) {
            assertThat(in).as("classpath resource %s", location).isNotNull();
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
