package io.newsstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.deploy.local.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReprocessCommandTest {

    private static final String GROUP = "newsstream-enrich";
    private static final TopicPartition RAW_0 = new TopicPartition("articles.raw", 0);

    @TempDir
    Path dir;

    @Test
    void timesAreInstantsDatesOrDurationsBack() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        assertThat(ReprocessCommand.parseTime("2026-03-01T06:30:00Z", now)).isEqualTo(Instant.parse("2026-03-01T06:30:00Z"));
        assertThat(ReprocessCommand.parseTime("2026-03-01", now)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(ReprocessCommand.parseTime("90m", now)).isEqualTo(Instant.parse("2026-03-10T10:30:00Z"));
        assertThat(ReprocessCommand.parseTime("7d", now)).isEqualTo(Instant.parse("2026-03-03T12:00:00Z"));
        assertThatThrownBy(() -> ReprocessCommand.parseTime("last tuesday", now))
                .hasMessageContaining("--since must be").hasMessageContaining("last tuesday");
    }

    @Test
    void resetsTheEnrichOffsetsToTheFirstRecordAtOrAfterTheTime() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dir.resolve("kafka"), 0);
             Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("articles.raw", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            long old = Instant.parse("2026-03-01T00:00:00Z").toEpochMilli();
            long recent = Instant.parse("2026-03-05T00:00:00Z").toEpochMilli();
            Properties props = new Properties();
            props.put("bootstrap.servers", broker.bootstrapServers());
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
                for (int i = 0; i < 6; i++) {
                    producer.send(new ProducerRecord<>("articles.raw", 0, i < 4 ? old : recent, "k" + i, "v" + i)).get();
                }
            }
            // As if enrich had processed everything and stopped.
            admin.alterConsumerGroupOffsets(GROUP, Map.of(RAW_0, new OffsetAndMetadata(6))).all().get(30, TimeUnit.SECONDS);

            String dryRun = run("reprocess", "-b", broker.bootstrapServers(), "--since", "2026-03-03", "--dry-run");
            assertThat(dryRun).contains("2 raw article record(s)", "nothing changed");
            assertThat(committed(admin)).isEqualTo(6);

            String done = run("reprocess", "-b", broker.bootstrapServers(), "--since", "2026-03-03");
            assertThat(done).contains("Reset newsstream-enrich: 2 raw article record(s)");
            assertThat(committed(admin)).isEqualTo(4);

            run("reprocess", "-b", broker.bootstrapServers(), "--since", "2026-02-01");
            assertThat(committed(admin)).isZero();
        }
    }

    private static long committed(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS)
                .get(RAW_0).offset();
    }

    private static String run(String... args) {
        LauncherRun run = LauncherRun.of(args);
        assertThat(run.exitCode()).as("exit code; stderr: %s", run.err()).isZero();
        return run.out();
    }
}
