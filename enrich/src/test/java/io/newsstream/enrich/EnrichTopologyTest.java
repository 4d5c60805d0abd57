package io.newsstream.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.config.Settings;
import io.newsstream.core.json.Json;
import io.newsstream.core.kafka.DeadLetterHeaders;
import io.newsstream.core.kafka.DeadLetterSummary;
import io.newsstream.core.kafka.Topics;
import io.newsstream.enrich.errors.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the production topology and Streams configuration through TopologyTestDriver. */
class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2025-05-06T07:08:09Z");
    private static final String FAIL_MARKER = "[fail-enrichment]";

    @TempDir
    Path stateDir;

    private final Topics topics = new Topics("test.");
    private final EnrichMetrics metrics = EnrichMetrics.unpublished();
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], byte[]> deadLetters;

    /** The real enrichment, except that it throws on articles carrying the marker. */
    private static Function<RawArticle, EnrichedArticle> failingOnMarker(Clock clock) {
        Enricher enricher = Enricher.builder().clock(clock).build();
        return article -> {
            if (article.text() != null && article.text().contains(FAIL_MARKER)) {
                throw new IllegalStateException("enrichment refused the article on purpose");
            }
            return enricher.enrich(article);
        };
    }

    /** Runs the production topology with the production Streams configuration (exactly-once). */
    private void startDriver() {
        startDriver(Map.of());
    }

    private void startDriver(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(EnrichConfig.DEFAULTS);
        settings.put("topic.prefix", "test.");
        settings.put(EnrichConfig.STATE_DIR, stateDir.toString());
        settings.putAll(overrides);
        EnrichConfig config = EnrichConfig.from(Settings.of(settings));
        driver = new TopologyTestDriver(
                EnrichTopology.build(topics, failingOnMarker(Clock.fixed(NOW, ZoneOffset.UTC)), metrics, config.maxEnrichedBytes()),
                config.streamsProperties(metrics));
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), topics.raw().valueSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw().name(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(topics.enriched().name(),
                topics.enriched().keySerde().deserializer(), topics.enriched().valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    private static RawArticle article(String id, String text) {
        return new RawArticle(id, null, null, text, null, null, null, Instant.parse("2025-05-06T07:00:00Z"), Channel.FEED,
                "https://feeds.example/world");
    }

    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Test
    void rawArticleComesOutEnrichedUnderTheSameKey() {
        startDriver();

        raw.pipeInput("art-1", article("art-1", "Grain Ships Leave Odesa\nThree ships left Odessa for Istanbul on Tuesday."));

        TestRecord<String, EnrichedArticle> record = enriched.readRecord();
        assertThat(record.key()).isEqualTo("art-1");
        EnrichedArticle article = record.value();
        assertThat(article.title()).isEqualTo("Grain Ships Leave Odesa");
        assertThat(article.entities()).extracting(Entity::id).containsExactlyInAnyOrder("odesa", "istanbul");
        assertThat(article.enrichedAt()).isEqualTo(NOW);
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(metrics.articlesEnriched()).isEqualTo(1.0);
    }

    @Test
    void htmlPageComesOutExtractedUnderTheSameKey() {
        startDriver();
        String page = "<html><head><title>Grain Ships Leave Odesa</title></head><body><article>"
                + "<p>Three ships left Odessa for Istanbul on Tuesday, the first to sail since the port reopened last week.</p>"
                + "<p>The ships carry wheat and maize for buyers in Egypt and Turkey, the port authority said in a statement.</p>"
                + "<p>Insurers had raised their rates for the route after the storm, and shipping companies waited for "
                + "new terms before loading.</p></article></body></html>";

        raw.pipeInput("page-1", new RawArticle("page-1", "https://harbour-gazette.example/grain", null, null, null, null,
                null, Instant.parse("2025-05-06T07:00:00Z"), Channel.HTTP, null, page));

        EnrichedArticle article = enriched.readRecord().value();
        assertThat(article.id()).isEqualTo("page-1");
        assertThat(article.title()).isEqualTo("Grain Ships Leave Odesa");
        assertThat(article.body()).contains("Three ships left Odessa");
        assertThat(article.extraction().source()).isEqualTo(io.newsstream.core.article.Extraction.Source.HTML);
        assertThat(article.entities()).extracting(Entity::id).contains("istanbul");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    /**
     * The deserialization handler's dead letter is sent while TopologyTestDriver adds the record, before any
     * transaction commits, and the driver's output capture clears its MockProducer, uncommitted sends included. Under
     * exactly-once the driver therefore loses that record (a real producer keeps it and commits it), so this test
     * reads the bytes under at-least-once; {@link #poisonRecordUnderExactlyOnceIsDeadLetteredAndStreamContinues}
     * covers the production configuration.
     */
    @Test
    void poisonRecordGoesToDlqWithOriginalBytesAndStreamContinues() {
        startDriver(Map.of("kafka.processing.guarantee", "at_least_once"));
        byte[] poison = "{\"id\": \"broken\", \"text\": ".getBytes(StandardCharsets.UTF_8);
        Headers inputHeaders = new RecordHeaders().add("trace", "t-42".getBytes(StandardCharsets.UTF_8));

        rawBytes.pipeInput(new TestRecord<>("broken", poison, inputHeaders));
        raw.pipeInput("art-2", article("art-2", "Crews in Kyiv repaired the bridge overnight."));

        TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.value()).isEqualTo(poison);
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("broken");
        Headers headers = deadLetter.headers();
        assertThat(header(headers, DeadLetterHeaders.STAGE)).isEqualTo(DeadLetters.STAGE_DESERIALIZE);
        assertThat(header(headers, DeadLetterHeaders.CLASS)).isNotBlank();
        assertThat(header(headers, DeadLetterHeaders.MESSAGE)).contains("RawArticle");
        assertThat(Instant.parse(header(headers, DeadLetterHeaders.AT))).isNotNull();
        assertThat(header(headers, DeadLetterHeaders.ORIGIN)).isEqualTo("test.articles.raw-0@0");
        assertThat(header(headers, "trace")).isEqualTo("t-42");
        assertThat(deadLetters.isEmpty()).isTrue();

        assertThat(enriched.readRecord().key()).isEqualTo("art-2");
        assertThat(metrics.deadLetters(DeadLetters.STAGE_DESERIALIZE)).isEqualTo(1.0);
    }

    @Test
    void poisonRecordUnderExactlyOnceIsDeadLetteredAndStreamContinues() {
        startDriver();

        rawBytes.pipeInput("broken", "not json at all".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput("art-5", article("art-5", "Crews in Kyiv repaired the bridge overnight."));

        assertThat(metrics.deadLetters(DeadLetters.STAGE_DESERIALIZE)).isEqualTo(1.0);
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("art-5");
    }

    @Test
    void recordWhoseEnrichmentThrowsGoesToDlqAsProcessFailureAndStreamContinues() {
        startDriver();
        RawArticle failing = article("art-3", "Workers struck at the port. " + FAIL_MARKER);
        byte[] originalBytes = topics.raw().valueSerde().serializer().serialize(topics.raw().name(), failing);

        raw.pipeInput("art-3", failing);
        raw.pipeInput("art-4", article("art-4", "The port reopened in Mariupol."));

        TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.value()).isEqualTo(originalBytes);
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("art-3");
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.STAGE)).isEqualTo(DeadLetters.STAGE_PROCESS);
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.CLASS)).isEqualTo(IllegalStateException.class.getName());
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.MESSAGE)).isEqualTo("enrichment refused the article on purpose");
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.ORIGIN)).isEqualTo("test.articles.raw-0@0");

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("art-4");
        assertThat(metrics.deadLetters(DeadLetters.STAGE_PROCESS)).isEqualTo(1.0);
        assertThat(metrics.articlesEnriched()).isEqualTo(1.0);
    }

    @Test
    void binaryTextGoesToDlqWithTheReasonAndStreamContinues() {
        startDriver();

        raw.pipeInput("bin-1", article("bin-1", "\u0000\u0001\u0002PK\u0003\u0004\u0000\u0000\u0008\u0000\u0000\u0000\u0010"));
        raw.pipeInput("art-6", article("art-6", "The port reopened in Mariupol."));

        TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("bin-1");
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.MESSAGE)).startsWith("text looks binary");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("art-6");
    }

    @Test
    void tombstoneIsSkippedWithoutOutputOrDeadLetter() {
        startDriver();

        rawBytes.pipeInput("gone", (byte[]) null);

        assertThat(enriched.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void articleWithHugeFieldsAndAParagraphOf600KbComesOutBoundedUnderTheRecordLimit() throws Exception {
        startDriver();
        String huge = "x".repeat(3 * 1024 * 1024);
        String paragraph = "Officials in Kyiv said the talks with Odesa port workers went on and on, ".repeat(600_000 / 73);
        raw.pipeInput("huge-1", new RawArticle("huge-1", "https://example.com/" + huge, huge, paragraph, huge, huge, null,
                Instant.parse("2025-05-06T07:00:00Z"), Channel.HTTP, null));
        raw.pipeInput("art-7", article("art-7", "The port reopened in Mariupol."));

        EnrichedArticle bounded = enriched.readValue();
        assertThat(Json.mapper().writeValueAsBytes(bounded).length)
                .isLessThanOrEqualTo(Topics.MAX_RECORD_BYTES - EnrichConfig.RECORD_HEADROOM_BYTES);
        assertThat(bounded.title()).hasSize(OutputBounds.MAX_TITLE_CHARS);
        assertThat(bounded.text()).isEqualTo(paragraph);
        assertThat(bounded.entities()).extracting(Entity::id).contains("kyiv", "odesa");
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("art-7");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void articleTooLargeToWriteGoesToDlqAsASummaryAndTheNextIsEnriched() throws Exception {
        // A small producer limit stands for any article over it: the same check and handler as at 8 MiB.
        startDriver(Map.of("kafka.max.request.size", "100000"));
        String text = "Dock workers in Odesa stayed out for another week.\n\n".repeat(4_000);
        raw.pipeInput("big-1", article("big-1", text));
        raw.pipeInput("art-8", article("art-8", "The port reopened in Mariupol."));

        TestRecord<byte[], byte[]> deadLetter = deadLetters.readRecord();
        assertThat(new String(deadLetter.key(), StandardCharsets.UTF_8)).isEqualTo("big-1");
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.STAGE)).isEqualTo(DeadLetters.STAGE_PRODUCE);
        assertThat(header(deadLetter.headers(), DeadLetterHeaders.MESSAGE)).contains("over the limit of 34464 bytes");
        assertThat(deadLetter.value().length).isLessThan(2_000);
        DeadLetterSummary summary = Json.mapper().readValue(deadLetter.value(), DeadLetterSummary.class);
        assertThat(summary.key()).isEqualTo("big-1");
        assertThat(summary.valueBytes()).isGreaterThan(34_464);
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("art-8");
        assertThat(metrics.deadLetters(DeadLetters.STAGE_PRODUCE)).isEqualTo(1.0);
    }
}
