package io.newsstream.deploy.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.json.Json;
import io.newsstream.core.json.JsonSerde;
import io.newsstream.core.kafka.TopicSetup;
import io.newsstream.core.testing.Await;
import io.newsstream.deploy.FeedServer;
import io.newsstream.deploy.local.EmbeddedKafkaBroker;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.IngestService;
import io.newsstream.ingest.feed.FeedConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.GZIPOutputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ingest channel against the real embedded broker: what ingest accepts is in {@code articles.raw}, keyed by
 * its stable id, once; and a broker that goes away makes ingest answer 503 instead of losing or hanging.
 */
class IngestEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<AutoCloseable> running = new ArrayList<>();
    private EmbeddedKafkaBroker broker;
    private int brokerPort;
    private FeedServer feedServer;

    @BeforeEach
    void startBroker() throws IOException {
        brokerPort = LocalSettings.freePort();
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), brokerPort);
    }

    @AfterEach
    void stopAll() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        if (feedServer != null) {
            feedServer.close();
        }
        broker.close();
    }

    private IngestService startIngest(Map<String, String> extra) throws Exception {
        Map<String, String> values = LocalSettings.defaultsOnFreePorts();
        values.put(CommonSettings.BOOTSTRAP_SERVERS, broker.bootstrapServers());
        values.put(IngestConfig.HOST, "127.0.0.1");
        values.put(IngestConfig.SEND_TIMEOUT, "3s");
        values.put(IngestConfig.RETRY_AFTER, "2s");
        values.put(FeedConfig.STATE_DIR, dir.resolve("feed-state").toString());
        values.putAll(extra);
        IngestConfig config = IngestConfig.from(Settings.of(values));
        TopicSetup.ensureTopics(config.kafka().properties(), config.topics(), 3, (short) 1);
        IngestService ingest = new IngestService(config);
        running.add(ingest);
        ingest.start();
        return ingest;
    }

    private HttpResponse<String> post(IngestService ingest, String contentType, byte[] body, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ingest.port() + "/v1/articles"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> acceptedIds(HttpResponse<String> response) throws IOException {
        List<String> ids = new ArrayList<>();
        Json.mapper().readTree(response.body()).path("accepted").forEach(a -> ids.add(a.path("id").asText()));
        return ids;
    }

    /** Everything in articles.raw right now, read from the beginning. */
    private List<ConsumerRecord<String, RawArticle>> rawTopic() throws Exception {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new JsonSerde<>(RawArticle.class))) {
            List<TopicPartition> partitions = consumer.partitionsFor("articles.raw").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, RawArticle>> records = new ArrayList<>();
            Await.until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
            }, WAIT, () -> "articles.raw read to its end offsets " + end + ", " + records.size() + " records so far");
            return records;
        }
    }

    private static long countKey(List<ConsumerRecord<String, RawArticle>> records, String key) {
        return records.stream().filter(r -> r.key().equals(key)).count();
    }

    @Test
    void httpChannelsLandInTheTopicKeyedByStableIds() throws Exception {
        IngestService ingest = startIngest(Map.of(IngestConfig.AUTH_TOKENS, "e2e-token"));
        Map<String, String> auth = Map.of("Authorization", "Bearer e2e-token");

        assertThat(post(ingest, "application/json", "{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8), Map.of())
                .statusCode()).as("no token").isEqualTo(401);

        HttpResponse<String> single = post(ingest, "application/json",
                "{\"url\":\"https://quay.example/a?utm_source=x\",\"text\":\"Ferries resumed on Monday.\"}"
                        .getBytes(StandardCharsets.UTF_8), auth);
        HttpResponse<String> again = post(ingest, "application/json",
                "{\"url\":\"https://QUAY.example/a/\",\"text\":\"Ferries resumed on Monday.\"}"
                        .getBytes(StandardCharsets.UTF_8), auth);
        String ndjson = "{\"text\":\"Grain prices rose in Chicago.\"}\n{\"text\":\"\"}\n{broken\n"
                + "{\"url\":\"ftp://x\",\"text\":\"t\"}\n{\"text\":\"t\",\"publishedAt\":\"yesterday\"}\n";
        HttpResponse<String> batch = post(ingest, "application/x-ndjson", gzip(ndjson), withGzip(auth));
        HttpResponse<String> plain = post(ingest, "text/plain; charset=utf-8",
                "Bridge closed for repairs\nThe old bridge in Porto closed on Tuesday.".getBytes(StandardCharsets.UTF_8), auth);

        assertThat(List.of(single.statusCode(), again.statusCode(), batch.statusCode(), plain.statusCode()))
                .containsOnly(202);
        assertThat(acceptedIds(again)).isEqualTo(acceptedIds(single));
        JsonNode batchAnswer = Json.mapper().readTree(batch.body());
        assertThat(batchAnswer.path("accepted")).hasSize(1);
        assertThat(batchAnswer.path("rejected").toString()).contains("text is empty", "line 3: not valid JSON",
                "url is not an absolute http(s) URL", "publishedAt is not ISO-8601");

        List<ConsumerRecord<String, RawArticle>> records = rawTopic();
        String duplicateKey = acceptedIds(single).get(0);
        assertThat(countKey(records, duplicateKey)).as("sent twice, same key").isEqualTo(2);
        assertThat(records).extracting(ConsumerRecord::key)
                .contains(acceptedIds(batch).get(0), acceptedIds(plain).get(0));
        assertThat(records).allSatisfy(r -> {
            assertThat(r.value().id()).isEqualTo(r.key());
            assertThat(r.value().channel()).isEqualTo(Channel.HTTP);
        });
    }

    @Test
    void feedServedTwiceProducesItsItemsOnceAcrossARestart() throws Exception {
        String feedUrl = serveFeed();
        Map<String, String> feedSettings = Map.of(FeedConfig.URLS, feedUrl, FeedConfig.INTERVAL, "10m");

        IngestService first = startIngest(feedSettings);
        await(() -> rawTopic().size() == 2, "both feed items in the topic");
        first.close();
        IngestService second = startIngest(feedSettings);
        await(() -> feedPolls(second) >= 1, "the restarted poller polled the feed");

        List<ConsumerRecord<String, RawArticle>> records = rawTopic();
        assertThat(records).hasSize(2);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.value().channel()).isEqualTo(Channel.FEED);
            assertThat(r.value().feed()).isEqualTo(feedUrl);
        });
        assertThat(records).extracting(r -> r.value().title())
                .containsExactlyInAnyOrder("Lighthouse restored on the cape", "Orchard harvest starts early");
    }

    @Test
    void droppedFileIsIngestedAndMovedToDone() throws Exception {
        Path watch = Files.createDirectories(dir.resolve("drop"));
        startIngest(Map.of(IngestConfig.WATCH_DIR, watch.toString()));

        Files.writeString(watch.resolve("market.txt.tmp"), "Market day returns\nStalls reopened in the old square.");
        Files.move(watch.resolve("market.txt.tmp"), watch.resolve("market.txt"));

        await(() -> Files.exists(watch.resolve("done/market.txt")), "file moved to done/");
        assertThat(rawTopic()).singleElement().satisfies(r -> {
            assertThat(r.value().title()).isEqualTo("Market day returns");
            assertThat(r.value().channel()).isEqualTo(Channel.FILE);
        });
    }

    @Test
    void brokerStoppedMidRunGives503AndEveryAcceptedArticleIsInTheTopicOnce() throws Exception {
        IngestService ingest = startIngest(Map.of());
        List<String> accepted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = post(ingest, "application/json",
                    ("{\"text\":\"Before the outage, report " + i + ".\"}").getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(answer.statusCode()).isEqualTo(202);
            accepted.addAll(acceptedIds(answer));
        }

        broker.close();
        HttpResponse<String> during = post(ingest, "application/json",
                "{\"text\":\"During the outage.\"}".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Retry-After")).contains("2");

        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), brokerPort);
        int[] after = {0};
        Await.until(() -> {
            HttpResponse<String> answer = post(ingest, "application/json",
                    ("{\"text\":\"After the outage, report " + after[0] + ".\"}").getBytes(StandardCharsets.UTF_8), Map.of());
            if (answer.statusCode() == 202) {
                accepted.addAll(acceptedIds(answer));
                after[0]++;
            }
            return after[0] == 5;
        }, WAIT, () -> "ingest to accept 5 articles once the broker is back; it accepted " + after[0]);

        List<ConsumerRecord<String, RawArticle>> records = rawTopic();
        assertThat(accepted).hasSize(10).allSatisfy(id -> assertThat(countKey(records, id)).as(id).isEqualTo(1));
    }

    private double feedPolls(IngestService ingest) {
        return ingest.metrics().registry().find("newsstream.ingest.feed.polls").counters().stream()
                .mapToDouble(Counter::count).sum();
    }

    private String serveFeed() throws IOException {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Coastal Notes</title><link>https://coast.example/</link>
                <description>Small-town news</description>
                <item><title>Lighthouse restored on the cape</title><link>https://coast.example/lighthouse</link>
                <description>&lt;p&gt;Volunteers finished restoring the lighthouse on Saturday after two years of work.&lt;/p&gt;</description>
                <pubDate>Sat, 07 Mar 2026 10:00:00 GMT</pubDate></item>
                <item><title>Orchard harvest starts early</title><link>https://coast.example/orchard</link>
                <description>&lt;p&gt;Growers began picking apples a week early after a warm spring.&lt;/p&gt;</description>
                <pubDate>Sun, 08 Mar 2026 09:00:00 GMT</pubDate></item>
                </channel></rss>""";
        feedServer = FeedServer.serving(rss);
        return feedServer.url();
    }

    private static void await(Await.Condition condition, String what) throws Exception {
        Await.until(condition, WAIT, () -> what);
    }

    private static Map<String, String> withGzip(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Encoding", "gzip");
        return all;
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

}
