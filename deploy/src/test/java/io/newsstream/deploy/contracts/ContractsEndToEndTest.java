package io.newsstream.deploy.contracts;

import static io.newsstream.deploy.contracts.ContractDocument.errors;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.contracts.Contracts;
import io.newsstream.core.json.Json;
import io.newsstream.core.kafka.Topics;
import io.newsstream.core.testing.Await;
import io.newsstream.deploy.local.LocalPipeline;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.enrich.EnrichConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the running pipeline really produces matches its published contracts: the records on articles.raw,
 * articles.enriched and articles.dlq match the AsyncAPI document and the JSON Schemas it points at, and the answers
 * of ingest, enrich and sink match their OpenAPI documents, which each service serves at /openapi.json. The pipeline
 * (embedded Kafka broker and PostgreSQL) is started once for all of it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractsEndToEndTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);
    private static final String JSON = "application/json";
    private static final String PROBLEM = "application/problem+json";

    @TempDir
    static Path dataDir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ContractDocument ingestApi = ContractDocument.openApi("ingest");
    private final ContractDocument sinkApi = ContractDocument.openApi("sink");
    private final ContractDocument topicsApi = ContractDocument.asyncApi();
    private LocalPipeline pipeline;
    private Topics topics;
    /** Ingest's answers to the articles fed at start, checked against the OpenAPI document by one test. */
    private final List<HttpResponse<String>> feedAnswers = new ArrayList<>();
    private final Set<String> acceptedIds = new HashSet<>();
    /** The id of the article fed as a text/html page. */
    private String pageId;

    @BeforeAll
    void startPipelineAndFeedIt() throws Exception {
        Map<String, String> settings = LocalSettings.defaultsOnFreePorts();
        settings.put(EnrichConfig.STATE_DIR, dataDir.resolve("streams").toString());
        pipeline = LocalPipeline.start(Settings.of(settings), dataDir, 0);
        topics = CommonSettings.topics(pipeline.settings());

        feed(post("/v1/articles", JSON, """
                {"url": "https://lindmoor-gazette.example/harbour/talks?utm_source=rss", "title": "Harbour talks resume",
                 "text": "Prime Minister Jacinda Ardern said in Wellington on Monday that the harbour talks would resume, according to Reuters.",
                 "outletHint": "Lindmoor Gazette", "publishedAt": "2031-03-03", "language": "en"}"""));
        feed(post("/v1/articles?url=" + URLEncoder.encode("https://dockside-post.example/grain", StandardCharsets.UTF_8)
                        + "&publishedAt=2031-03-04T08:15:00%2B02:00", "text/plain; charset=utf-8",
                "Grain ships wait outside Gdansk\nVolodymyr Zelensky asked NATO ministers in Brussels to keep the grain corridor open."));
        feed(post("/v1/articles", "application/x-ndjson", """
                {"text": "Rail strike ends\\nUnion leaders in London accepted the offer on Friday, Reuters reported."}
                {"text": "   "}
                """));
        HttpResponse<String> page = post("/v1/articles?url=" + URLEncoder.encode("https://lindmoor-gazette.example/ferries", StandardCharsets.UTF_8)
                + "&title=Ferries+run+again", "text/html; charset=utf-8", """
                <!doctype html><html lang="en"><head><title>Ferries run again | Lindmoor Gazette</title>
                <link rel="canonical" href="https://lindmoor-gazette.example/ferries"></head>
                <body><article><p>The ferries between Lindmoor and Dockside ran again on Saturday after the strike.</p>
                <p>The crews accepted a new pay offer on Friday evening, the union said, ending a week without crossings.</p>
                <p>The first ferry left Lindmoor at six in the morning with more than two hundred passengers on board.</p>
                </article></body></html>""");
        feed(page);
        pageId = Json.mapper().readTree(page.body()).at("/accepted/0/id").asText();
        for (HttpResponse<String> answer : feedAnswers) {
            assertThat(answer.statusCode()).as("ingest answer %s", answer.body()).isEqualTo(202);
            Json.mapper().readTree(answer.body()).get("accepted").forEach(line -> acceptedIds.add(line.get("id").asText()));
        }
        assertThat(acceptedIds).hasSize(4);
        for (String id : acceptedIds) {
            awaitStored(id);
        }
    }

    @AfterAll
    void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @Test
    void recordsOnTheArticleTopicsMatchTheAsyncApiMessages() throws Exception {
        Schema key = topicsApi.schemaAt("/components/schemas/ArticleKey");
        Schema raw = topicsApi.schemaAt("/components/messages/RawArticle/payload/schema");
        Schema enriched = topicsApi.schemaAt("/components/messages/EnrichedArticle/payload/schema");

        Map<String, String> rawValues = readUntilEveryId(topics.raw().name());
        Map<String, String> enrichedValues = readUntilEveryId(topics.enriched().name());

        for (String id : acceptedIds) {
            assertThat(errors(key, Json.mapper().valueToTree(id).toString())).as("key %s", id).isEmpty();
            assertThat(errors(raw, rawValues.get(id))).as("articles.raw value %s", rawValues.get(id)).isEmpty();
            assertThat(errors(enriched, enrichedValues.get(id))).as("articles.enriched value %s", enrichedValues.get(id)).isEmpty();
        }
        // The check has teeth: the same real records without their id are refused.
        String anyId = acceptedIds.iterator().next();
        assertThat(errors(raw, withoutId(rawValues.get(anyId)))).anyMatch(error -> error.contains("id"));
        assertThat(errors(enriched, withoutId(enrichedValues.get(anyId)))).anyMatch(error -> error.contains("id"));
    }

    @Test
    void deadLetterHeadersMatchTheAsyncApiMessage() throws Exception {
        byte[] poison = ("{\"id\": \"not even closed " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Properties props = pipeline.settings().kafkaProperties();
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(topics.raw().name(), "poison".getBytes(StandardCharsets.UTF_8), poison)).get();
        }

        ConsumerRecord<byte[], byte[]> dead = readUntil(topics.deadLetters().name(), record -> java.util.Arrays.equals(record.value(), poison));

        ObjectNode headers = Json.mapper().createObjectNode();
        for (Header header : dead.headers()) {
            headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        assertThat(errors(topicsApi.schemaAt("/components/messages/DeadLetter/headers"), headers.toString()))
                .as("dead-letter headers %s", headers).isEmpty();
    }

    @Test
    void ingestAnswersMatchItsOpenApiDocument() throws Exception {
        Schema accepted = ingestApi.responseSchema("/v1/articles", "post", 202, JSON);
        for (HttpResponse<String> answer : feedAnswers) {
            assertValid(answer, accepted);
        }
        assertThat(feedAnswers.get(2).body()).as("the batch's blank article is listed as rejected").contains("text is empty");

        HttpResponse<String> emptyText = post("/v1/articles", JSON, "{\"text\": \"\"}");
        assertThat(emptyText.statusCode()).isEqualTo(400);
        assertValid(emptyText, ingestApi.responseSchema("/v1/articles", "post", 400, PROBLEM));

        HttpResponse<String> allRejected = post("/v1/articles", "application/x-ndjson", "{\"text\": \"\"}\nnot json\n");
        assertThat(allRejected.statusCode()).isEqualTo(400);
        assertThat(Json.mapper().readTree(allRejected.body()).get("rejected")).hasSize(2);
        assertValid(allRejected, ingestApi.responseSchema("/v1/articles", "post", 400, PROBLEM));

        HttpResponse<String> unsupported = post("/v1/articles", "application/xml", "<article/>");
        assertThat(unsupported.statusCode()).isEqualTo(415);
        assertValid(unsupported, ingestApi.responseSchema("/v1/articles", "post", 415, PROBLEM));

        HttpResponse<String> wrongMethod = get(pipeline.ingestUrl() + "/v1/articles");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertValid(wrongMethod, ingestApi.responseSchema("/v1/articles", "post", 405, PROBLEM));
    }

    @Test
    void aPageIsCarriedRawAndServedExtractedAsTheContractsSay() throws Exception {
        Map<String, String> rawValues = readUntilEveryId(topics.raw().name());
        assertThat(Json.mapper().readTree(rawValues.get(pageId)).path("html").asText()).contains("<article>");
        assertThat(Json.mapper().readTree(rawValues.get(pageId)).has("text")).isFalse();

        HttpResponse<String> stored = get(pipeline.sinkUrl() + "/v1/articles/" + pageId);
        assertAnswer(stored, 200, sinkApi.responseSchema("/v1/articles/{id}", "get", 200, JSON));
        var article = Json.mapper().readTree(stored.body());
        assertThat(article.at("/extraction/source").asText()).isEqualTo("html");
        assertThat(article.path("title").asText()).as("the feeder's title wins").isEqualTo("Ferries run again");
        assertThat(article.path("body").asText()).contains("ran again on Saturday");
        assertThat(article.has("text")).as("the page is not copied into the enriched record").isFalse();
        assertThat(article.has("html")).isFalse();
    }

    @Test
    void sinkAnswersMatchItsOpenApiDocument() throws Exception {
        String sink = pipeline.sinkUrl();
        String id = acceptedIds.iterator().next();

        assertAnswer(get(sink + "/v1/articles/" + id), 200, sinkApi.responseSchema("/v1/articles/{id}", "get", 200, JSON));
        assertAnswer(get(sink + "/v1/articles/" + "0".repeat(32)), 404, sinkApi.responseSchema("/v1/articles/{id}", "get", 404, PROBLEM));
        assertAnswer(get(sink + "/v1/articles/NOT-HEX"), 400, sinkApi.responseSchema("/v1/articles/{id}", "get", 400, PROBLEM));

        Schema page = sinkApi.responseSchema("/v1/articles", "get", 200, JSON);
        HttpResponse<String> firstPage = get(sink + "/v1/articles?limit=2");
        assertAnswer(firstPage, 200, page);
        String cursor = Json.mapper().readTree(firstPage.body()).get("nextCursor").asText();
        HttpResponse<String> lastPage = get(sink + "/v1/articles?limit=2&cursor=" + cursor);
        assertAnswer(lastPage, 200, page);
        assertThat(Json.mapper().readTree(lastPage.body()).get("nextCursor").isNull()).as("null on the last page").isTrue();
        assertAnswer(get(sink + "/v1/articles?entity=Jacinda%20Ardern&q=harbour"), 200, page);
        HttpResponse<String> badLimit = get(sink + "/v1/articles?limit=abc");
        assertAnswer(badLimit, 400, sinkApi.responseSchema("/v1/articles", "get", 400, PROBLEM));
        assertThat(Json.mapper().readTree(badLimit.body()).get("parameter").asText()).isEqualTo("limit");

        Schema stats = sinkApi.responseSchema("/v1/stats/stance", "get", 200, JSON);
        assertAnswer(get(sink + "/v1/stats/stance?target=harbour-strike"), 200, stats);
        assertAnswer(get(sink + "/v1/stats/stance?target=harbour-strike&by=speaker&interval=week&since=2031-01-01"), 200, stats);
        assertAnswer(get(sink + "/v1/stats/stance"), 400, sinkApi.responseSchema("/v1/stats/stance", "get", 400, PROBLEM));
        Schema portrayal = sinkApi.responseSchema("/v1/stats/portrayal", "get", 200, JSON);
        assertAnswer(get(sink + "/v1/stats/portrayal?entity=Jacinda%20Ardern"), 200, portrayal);
        assertAnswer(get(sink + "/v1/stats/portrayal?entity=jacinda%20ardern&interval=hour&since=2031-01-01"), 200, portrayal);
        assertAnswer(get(sink + "/v1/stats/portrayal?entity=x&by=speaker"), 400,
                sinkApi.responseSchema("/v1/stats/portrayal", "get", 400, PROBLEM));

        HttpResponse<String> top = get(sink + "/v1/entities/top?limit=5");
        assertAnswer(top, 200, sinkApi.responseSchema("/v1/entities/top", "get", 200, JSON));
        assertThat(Json.mapper().readTree(top.body())).as("entities were found in the fed articles").isNotEmpty();
        assertAnswer(get(sink + "/v1/entities/top?type=PLANET"), 400, sinkApi.responseSchema("/v1/entities/top", "get", 400, PROBLEM));

        Schema volume = sinkApi.responseSchema("/v1/stats/volume", "get", 200, JSON);
        assertAnswer(get(sink + "/v1/stats/volume?by=entity&interval=week&language=en"), 200, volume);
        assertAnswer(get(sink + "/v1/stats/volume?by=planet"), 400, sinkApi.responseSchema("/v1/stats/volume", "get", 400, PROBLEM));
        HttpResponse<String> export = get(sink + "/v1/articles/export?format=ndjson");
        assertThat(export.statusCode()).isEqualTo(200);
        Schema enriched = sinkApi.schemaAt("/paths/~1v1~1articles~1%7Bid%7D/get/responses/200/content/application~1json/schema");
        assertThat(export.body().lines()).as("every exported line is an EnrichedArticle").isNotEmpty()
                .allSatisfy(line -> assertThat(errors(enriched, line)).isEmpty());
        assertAnswer(get(sink + "/v1/articles/export?format=xlsx"), 400,
                sinkApi.responseSchema("/v1/articles/export", "get", 400, PROBLEM));
    }

    @Test
    void sinkStreamEventsCarryEnrichedArticlesAsDocumented() throws Exception {
        Schema enriched = sinkApi.schemaAt("/paths/~1v1~1articles~1%7Bid%7D/get/responses/200/content/application~1json/schema");
        HttpRequest replay = HttpRequest.newBuilder(URI.create(pipeline.sinkUrl() + "/v1/stream?lastEventId=0")).GET().build();

        HttpResponse<Stream<String>> stream = http.send(replay, HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        String data;
        try (Stream<String> lines = stream.body()) {
            // The replay starts with stored articles, so the first data line comes without waiting for new ones.
            data = lines.filter(line -> line.startsWith("data:")).findFirst().orElseThrow().substring("data:".length()).trim();
        }
        assertThat(errors(enriched, data)).as("event data %s", data).isEmpty();
    }

    @Test
    void everyServiceServesItsOpenApiDocumentAndHealthAsDocumented() throws Exception {
        Map<String, String> urls = Map.of(
                "ingest", pipeline.ingestUrl(),
                "enrich", "http://127.0.0.1:" + pipeline.settings().port(EnrichConfig.PORT),
                "sink", pipeline.sinkUrl());
        for (Map.Entry<String, String> service : urls.entrySet()) {
            ContractDocument api = ContractDocument.openApi(service.getKey());
            HttpResponse<String> document = get(service.getValue() + "/openapi.json");
            assertThat(document.statusCode()).isEqualTo(200);
            assertThat(document.headers().firstValue("Content-Type")).contains(JSON);
            assertThat(document.body().getBytes(StandardCharsets.UTF_8)).isEqualTo(Contracts.openApi(service.getKey()).orElseThrow());
            for (String reference : schemaFileReferences(Json.mapper().readTree(document.body()))) {
                // Resolved against the document's own URL, as an OpenAPI tool does.
                HttpResponse<String> schema = get(URI.create(service.getValue() + "/openapi.json").resolve(reference).toString());
                assertThat(schema.statusCode()).as("%s from %s", reference, service.getKey()).isEqualTo(200);
                Json.mapper().readTree(schema.body());
            }

            assertAnswer(get(service.getValue() + "/health/live"), 200, api.responseSchema("/health/live", "get", 200, JSON));
            assertAnswer(get(service.getValue() + "/health/ready"), 200, api.responseSchema("/health/ready", "get", 200, JSON));
            HttpResponse<String> metrics = get(service.getValue() + "/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            List<String> metricsTypes = fieldNames(Json.mapper().readTree(document.body())
                    .at("/paths/~1metrics/get/responses/200/content"));
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).isIn(metricsTypes));
        }
    }

    private void feed(HttpResponse<String> answer) {
        feedAnswers.add(answer);
    }

    private static void assertAnswer(HttpResponse<String> answer, int status, Schema schema) {
        assertThat(answer.statusCode()).as("%s answered %s", answer.uri(), answer.body()).isEqualTo(status);
        assertValid(answer, schema);
    }

    private static void assertValid(HttpResponse<String> answer, Schema schema) {
        assertThat(answer.headers().firstValue("Content-Type")).as("content type of %s", answer.uri())
                .contains(answer.statusCode() >= 400 ? PROBLEM : JSON);
        assertThat(errors(schema, answer.body())).as("%s %s answered %s", answer.request().method(), answer.uri(), answer.body()).isEmpty();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void awaitStored(String id) throws Exception {
        Await.until(() -> get(pipeline.sinkUrl() + "/v1/articles/" + id).statusCode() == 200, TIMEOUT,
                () -> "article " + id + " stored");
    }

    /** The latest value of each accepted article on a topic, read from the beginning (committed records only). */
    private Map<String, String> readUntilEveryId(String topic) throws Exception {
        Map<String, String> values = new HashMap<>();
        readUntil(topic, record -> {
            String key = new String(record.key(), StandardCharsets.UTF_8);
            if (acceptedIds.contains(key)) {
                values.put(key, new String(record.value(), StandardCharsets.UTF_8));
            }
            return values.keySet().containsAll(acceptedIds);
        });
        return values;
    }

    private ConsumerRecord<byte[], byte[]> readUntil(String topic, java.util.function.Predicate<ConsumerRecord<byte[], byte[]>> done)
            throws Exception {
        Properties props = pipeline.settings().kafkaProperties();
        // A group of its own and no commits: every call reads the whole topic, as a new subscriber would.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "contracts-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            return Await.value(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (done.test(record)) {
                        return record;
                    }
                }
                return null;
            }, Objects::nonNull, TIMEOUT, last -> "the expected records on " + topic);
        }
    }

    private static String withoutId(String json) {
        try {
            ObjectNode node = (ObjectNode) Json.mapper().readTree(json);
            node.remove("id");
            return node.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema files a document refers to, e.g. {@code schemas/error.schema.json}, without any fragment. */
    private static Set<String> schemaFileReferences(JsonNode node) {
        Set<String> files = new HashSet<>();
        if (node.isObject() && node.path("$ref").isTextual() && !node.get("$ref").asText().startsWith("#")) {
            files.add(node.get("$ref").asText().split("#", 2)[0]);
        }
        node.forEach(child -> files.addAll(schemaFileReferences(child)));
        return files;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        Iterator<String> iterator = node.fieldNames();
        iterator.forEachRemaining(names::add);
        return names;
    }
}
