package io.newsstream.deploy.prove;

import io.newsstream.core.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads {@code articles.raw}, {@code articles.enriched} and {@code articles.dlq} from where they ended when the
 * case began, as a read-committed subscriber would, and books every record's key (the article id) in the ledger.
 * What an aborted transaction wrote is never seen, so an enriched record counted twice is a real duplicate.
 */
public final class TopicAudit implements AutoCloseable {

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Ledger ledger;
    private final Topics topics = new Topics("");
    private final List<TopicPartition> partitions = new ArrayList<>();

    private TopicAudit(KafkaConsumer<byte[], byte[]> consumer, Ledger ledger) {
        this.consumer = consumer;
        this.ledger = ledger;
    }

    /** Starts auditing at the current end of the three topics; the pipeline's broker must be up. */
    public static TopicAudit fromNow(String bootstrapServers, Ledger ledger) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsstream-prove-audit");
        // Only committed records: what any downstream reader of the topics would see.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        // Calls give up in bounded time while the broker is down during a fault, instead of blocking a minute.
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
        // While a fault keeps the broker away, a few reconnection warnings rather than one a second.
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MS_CONFIG, "1000");
        props.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "10000");
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props);
        TopicAudit audit = new TopicAudit(consumer, ledger);
        try {
            for (String topic : List.of(audit.topics.raw().name(), audit.topics.enriched().name(),
                    audit.topics.deadLetters().name())) {
                for (PartitionInfo info : consumer.partitionsFor(topic, Duration.ofSeconds(30))) {
                    audit.partitions.add(new TopicPartition(topic, info.partition()));
                }
            }
            consumer.assign(audit.partitions);
            consumer.seekToEnd(audit.partitions);
            // Resolves the positions now, before the case writes anything.
            audit.partitions.forEach(consumer::position);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
        return audit;
    }

    /**
     * Reads until every partition is at its end as of now, or {@code max} has passed.
     *
     * @return whether it reached the end; false also while the broker does not answer
     */
    public boolean catchUp(Duration max) {
        long deadline = System.nanoTime() + max.toNanos();
        try {
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, max);
            while (!atEnd(ends)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofNanos(Math.min(left, 500_000_000L)))) {
                    book(record);
                }
            }
            return true;
        } catch (KafkaException e) {
            return false;
        }
    }

    private boolean atEnd(Map<TopicPartition, Long> ends) {
        for (TopicPartition partition : partitions) {
            if (consumer.position(partition) < ends.getOrDefault(partition, 0L)) {
                return false;
            }
        }
        return true;
    }

    private void book(ConsumerRecord<byte[], byte[]> record) {
        if (record.key() == null) {
            return;
        }
        String id = new String(record.key(), StandardCharsets.UTF_8);
        if (record.topic().equals(topics.raw().name())) {
            ledger.rawRecord(id);
        } else if (record.topic().equals(topics.enriched().name())) {
            ledger.enrichedRecord(id);
        } else {
            ledger.deadLetter(id);
        }
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
