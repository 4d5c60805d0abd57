package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Local mode aborts only transactions nobody will end: an open transaction the coordinator still counts as running
 * (its producer may commit it, or the coordinator aborts it on timeout) must be left alone. The hanging case itself
 * needs a broker killed half-way through its markers; {@code newsstream prove --cases kill-local-during-ingest}
 * covers it with real processes.
 */
class HangingTransactionsTest {

    @TempDir
    Path dir;

    private EmbeddedKafkaBroker broker;
    private Admin admin;

    @BeforeEach
    void startBroker() throws Exception {
        broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()));
        admin.createTopics(List.of(new NewTopic("articles.raw", 2, (short) 1))).all().get();
    }

    @AfterEach
    void stopBroker() {
        admin.close();
        broker.close();
    }

    @Test
    void leavesRunningAndFinishedTransactionsAlone() throws Exception {
        assertThat(HangingTransactions.abortAll(admin, Duration.ofSeconds(10))).isEmpty();
        try (KafkaProducer<String, String> producer = transactionalProducer("running")) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>("articles.raw", 0, "a", "open")).get();
            producer.send(new ProducerRecord<>("articles.raw", 1, "b", "open")).get();

            assertThat(HangingTransactions.find(admin)).as("open, and the coordinator will end it").isEmpty();
            assertThat(HangingTransactions.abortAll(admin, Duration.ofSeconds(10))).isEmpty();
            // Still the producer's own: it commits without being fenced.
            producer.commitTransaction();
        }
        assertThat(HangingTransactions.find(admin)).isEmpty();
    }

    private KafkaProducer<String, String> transactionalProducer(String transactionalId) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }
}
