package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.kafka.DeadLetterHeaders;
import io.newsstream.core.kafka.Topics;
import io.newsstream.core.testing.Await;
import io.newsstream.deploy.Launcher;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
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
import picocli.CommandLine;

/**
 * The whole pipeline on a real, embedded Kafka broker and a real, embedded PostgreSQL: articles posted over HTTP to
 * ingest must come out enriched from the sink's API, exactly once, and a poison record must reach the DLQ without
 * stopping the flow.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {


    @TempDir
    static Path dataDir;

    private EndToEndPipeline running;
    private PipelineClient client;

    @BeforeAll
    void startPipeline() throws Exception {
        running = EndToEndPipeline.start(dataDir);
        client = running.client();
    }

    @AfterAll
    void stopPipeline() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void everyAcceptedArticleIsStoredOnceWithItsEnrichment() throws Exception {
        List<Map<String, String>> articles = List.of(
                Map.of("url", "https://harbor-ledger.example/world/geneva-talks?utm_source=feed",
                        "text", "Talks resume in Geneva\nPrime Minister Jacinda Ardern said in Wellington on Monday "
                                + "that New Zealand would back the Geneva talks, according to Reuters."),
                Map.of("title", "Aid debate in Brussels",
                        "text", "Foreign ministers of the European Union met in Brussels on Thursday. "
                                + "Volodymyr Zelensky asked NATO for more air defence. Zelensky spoke by video."),
                Map.of("text", "Markets steady after rate decision\nThe central bank left rates unchanged on "
                        + "Wednesday, a decision analysts in London had expected."));

        List<String> ids = new ArrayList<>();
        for (Map<String, String> article : articles) {
            PipelineClient.Answer answer = client.post(article);
            assertThat(answer.status()).as("ingest answer %s", answer.body()).isEqualTo(202);
            ids.add(answer.acceptedId().orElseThrow());
        }
        // The same article again, with a different tracking parameter: same id, still one stored article.
        PipelineClient.Answer again = client.post(Map.of(
                "url", "https://HARBOR-LEDGER.example/world/geneva-talks/?utm_campaign=x",
                "text", articles.get(0).get("text")));
        assertThat(again.acceptedId()).contains(ids.get(0));

        List<EnrichedArticle> stored = new ArrayList<>();
        for (String id : ids) {
            stored.add(running.awaitStored(id));
        }

        EnrichedArticle geneva = stored.get(0);
        assertThat(geneva.title()).isEqualTo("Talks resume in Geneva");
        assertThat(geneva.body()).startsWith("Prime Minister Jacinda Ardern");
        assertThat(geneva.enrichedAt()).isAfterOrEqualTo(geneva.receivedAt());
        assertThat(geneva.entities()).extracting(Entity::name, Entity::type)
                .contains(org.assertj.core.groups.Tuple.tuple("Jacinda Ardern", EntityType.PERSON));
        assertThat(geneva.outlet().cited()).extracting(o -> o.name()).contains("Reuters");

        EnrichedArticle aid = stored.get(1);
        assertThat(aid.title()).isEqualTo("Aid debate in Brussels");
        assertThat(aid.entities()).filteredOn(e -> e.name().contains("Zelensky"))
                .singleElement().satisfies(e -> assertThat(e.mentions()).isEqualTo(2));

        assertThat(stored.get(2).title()).isEqualTo("Markets steady after rate decision");
        assertThat(storedRowCount(ids)).isEqualTo(ids.size());
    }

    @Test
    void invalidArticleIsRejectedWithAClearMessage() throws Exception {
        PipelineClient.Answer answer = client.post(Map.of("text", "   "));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().toString()).contains("text is empty");
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextArticleStillFlows() throws Exception {
        Topics topics = CommonSettings.topics(running.pipeline().settings());
        byte[] poison = "{this is not an article".getBytes(StandardCharsets.UTF_8);
        Properties producerProps = running.pipeline().settings().kafkaProperties();
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>(topics.raw().name(), "poison-key".getBytes(StandardCharsets.UTF_8), poison)).get();
        }

        String id = client.post(Map.of("text", "Ceasefire holds in the north\nObservers from the United Nations "
                + "reported a quiet night near Kharkiv.")).acceptedId().orElseThrow();
        assertThat(running.awaitStored(id).title()).isEqualTo("Ceasefire holds in the north");

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(topics.deadLetters().name(), poison);
        assertThat(header(dead, DeadLetterHeaders.STAGE)).startsWith("enrich");
        assertThat(header(dead, DeadLetterHeaders.MESSAGE)).isNotBlank();
        assertThat(header(dead, DeadLetterHeaders.CLASS)).isNotBlank();
        assertThat(header(dead, DeadLetterHeaders.AT)).isNotBlank();
    }

    @Test
    void feedCommandSendsAFolderAndReportsTheBadLineWithFileAndLine() throws Exception {
        Path folder = dataDir.resolve("to-feed");
        Files.createDirectories(folder.resolve("nested"));
        Files.writeString(folder.resolve("harbour.txt"), "Harbour reopens after storm\n"
                + "The port of Gdansk reopened on Sunday after a storm closed it for two days.\n");
        Files.writeString(folder.resolve("nested/wire.ndjson"),
                "{\"url\":\"https://wire.example/a1\",\"text\":\"Officials in Oslo confirmed the schedule.\"}\n"
                        + "{\"text\":\"\"}\n");
        StringWriter out = new StringWriter();
        CommandLine launcher = Launcher.commandLine();
        launcher.setOut(new PrintWriter(out));

        int exitCode = launcher.execute("feed", folder.toString(), "--to", running.pipeline().ingestUrl());

        assertThat(exitCode).as("one line was rejected").isEqualTo(1);
        assertThat(out.toString()).contains("accepted   2", "REJECTED   1", "wire.ndjson:2", "text is empty");
        String expectedId = io.newsstream.core.article.ArticleIds.of("https://wire.example/a1", "");
        assertThat(running.awaitStored(expectedId).body()).contains("Oslo");
        assertThat(running.awaitStored(io.newsstream.core.article.ArticleIds.of(null,
                "The port of Gdansk reopened on Sunday after a storm closed it for two days.")).title())
                .isEqualTo("Harbour reopens after storm");
    }

    @Test
    void tailPrintsEnrichedArticlesMatchingItsFilterStraightFromKafka() throws Exception {
        String id = client.post(Map.of("text", "Envoys gather in Auckland\nJacinda Ardern opened a regional meeting "
                + "on fisheries in Auckland on Friday.")).acceptedId().orElseThrow();
        running.awaitStored(id);
        StringWriter out = new StringWriter();
        CommandLine launcher = Launcher.commandLine();
        launcher.setOut(new PrintWriter(out));
        launcher.setErr(new PrintWriter(new StringWriter()));

        int exitCode = launcher.execute("tail", "-b", running.pipeline().settings().string("kafka.bootstrap.servers"),
                "--from-beginning", "--entity", "Jacinda Ardern", "--json", "--max", "1");

        assertThat(exitCode).isZero();
        EnrichedArticle printed = io.newsstream.core.json.Json.mapper().readValue(out.toString().trim(), EnrichedArticle.class);
        assertThat(printed.entities()).extracting(Entity::name).contains("Jacinda Ardern");
    }

    @Test
    void recordTheSinkCannotReadGoesToTheDeadLetterTopicWithStageSink() throws Exception {
        Topics topics = CommonSettings.topics(running.pipeline().settings());
        byte[] garbage = "not an enriched article".getBytes(StandardCharsets.UTF_8);
        Properties producerProps = running.pipeline().settings().kafkaProperties();
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>(topics.enriched().name(), "bad".getBytes(StandardCharsets.UTF_8), garbage)).get();
        }

        ConsumerRecord<byte[], byte[]> dead = awaitDeadLetter(topics.deadLetters().name(), garbage);

        assertThat(header(dead, DeadLetterHeaders.STAGE)).isEqualTo("sink");
        assertThat(header(dead, DeadLetterHeaders.ORIGIN)).startsWith(topics.enriched().name());
        String id = client.post(Map.of("text", "Sink still stores\nThe sink kept storing articles after a bad record "
                + "reached it on Wednesday.")).acceptedId().orElseThrow();
        assertThat(running.awaitStored(id).title()).isEqualTo("Sink still stores");
    }


    private ConsumerRecord<byte[], byte[]> awaitDeadLetter(String topic, byte[] value) throws Exception {
        Properties props = running.pipeline().settings().kafkaProperties();
        // A group of its own and no commits: every call reads the whole topic.
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-dlq-reader-" + java.util.UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            return Await.value(() -> {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (java.util.Arrays.equals(record.value(), value)) {
                        return record;
                    }
                }
                return null;
            }, Objects::nonNull, EndToEndPipeline.STORE_TIMEOUT, last -> "the poison record on " + topic);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        assertThat(header).as("header %s", name).isNotNull();
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private long storedRowCount(List<String> ids) throws SQLException {
        try (Connection connection = running.database().dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM articles WHERE id = ANY (?)")) {
            count.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet result = count.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

}
