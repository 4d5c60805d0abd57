package io.newsstream.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.kafka.DeadLetterHeaders;
import io.newsstream.core.kafka.DeadLetterRecords;
import io.newsstream.core.testing.Await;
import io.newsstream.sink.Articles;
import io.newsstream.sink.SwitchableDataSource;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.store.ArticleStore;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The consumer loop on Kafka's in-memory consumer and producer, against the real test database. */
class ArticleConsumerTest {

    private static final String TOPIC = "articles.enriched";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private final ThrottledMockConsumer consumer = new ThrottledMockConsumer();
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SwitchableDataSource database = new SwitchableDataSource(TestPostgres.dataSource(), false);
    private final ArticleStore store = new ArticleStore(TestPostgres.dataSource());
    private ArticleConsumer loop;

    @BeforeEach
    void startLoop() {
        TestPostgres.clean();
        loop = new ArticleConsumer(consumer, TOPIC,
                new BatchProcessor(new ArticleStore(database), new DeadLetterRecords("articles.dlq", Clock.systemUTC())),
                new DeadLetterPublisher(producer), new WriteMetrics(registry),
                Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(80));
    }

    @AfterEach
    void stopLoop() {
        loop.close();
    }

    @Test
    void offsetsAreCommittedOnlyOnceTheDatabaseHasTheBatch() throws Exception {
        database.setDown(true);
        deliver(List.of(record(0, Articles.json(Articles.harbour())),
                record(1, Articles.json(Articles.market(Articles.MARKET_ID, "Spring market")))));
        loop.start();

        Await.until(() -> registry.get("newsstream.sink.write.retries").counter().count() >= 2, "retries");
        assertThat(loop.state()).isEqualTo(ArticleConsumer.State.RETRYING);
        assertThat(committed()).isNull();
        assertThat(consumer.paused()).containsExactly(PARTITION);

        database.setDown(false);
        Await.until(() -> committed() != null, "a commit");

        assertThat(committed().offset()).isEqualTo(2);
        assertThat(store.find(Articles.HARBOUR_ID)).contains(Articles.harbour());
        assertThat(store.find(Articles.MARKET_ID)).isPresent();
        assertThat(consumer.paused()).isEmpty();
        assertThat(registry.get("newsstream.sink.articles.written").counter().count()).isEqualTo(2);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheLoopGoesOn() throws Exception {
        byte[] poison = "<html>not an article</html>".getBytes(StandardCharsets.UTF_8);
        deliver(List.of(record(0, poison), record(1, Articles.json(Articles.harbour()))));
        loop.start();

        Await.until(() -> committed() != null, "a commit");

        assertThat(committed().offset()).isEqualTo(2);
        assertThat(store.find(Articles.HARBOUR_ID)).isPresent();
        assertThat(producer.history()).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.topic()).isEqualTo("articles.dlq");
            assertThat(deadLetter.value()).isEqualTo(poison);
            assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.ORIGIN).value(),
                    StandardCharsets.UTF_8)).isEqualTo(TOPIC + "-0@0");
        });
        assertThat(loop.state()).isEqualTo(ArticleConsumer.State.POLLING);
    }

    @Test
    void articlePublishedBeyondWhatTheDatabaseStoresGoesToTheDeadLetterTopicAndTheNextIsStored() throws Exception {
        byte[] farFuture = Articles.harbourPublishedAt("+999999999-12-31T23:59:59-18:00");

        assertDeadLetteredWhileTheNextIsStored(farFuture, Articles.HARBOUR_ID,
                Articles.json(Articles.market(Articles.MARKET_ID, "Spring market")), Articles.MARKET_ID,
                "publishedAt +1000000000-01-01T17:59:59Z is outside");
    }

    @Test
    void articleWithAnOutletHintTooLongToIndexGoesToTheDeadLetterTopicAndTheNextIsStored() throws Exception {
        byte[] longHint = Articles.json(Articles.fromUnknownOutlet(Articles.MARKET_ID, Articles.randomWords(3000, 11)));

        assertDeadLetteredWhileTheNextIsStored(longHint, Articles.MARKET_ID, Articles.json(Articles.harbour()),
                Articles.HARBOUR_ID, "index row size");
    }

    /** The bad record at offset 0, a good one at 1: the bad one goes to the DLQ with its reason, at once. */
    private void assertDeadLetteredWhileTheNextIsStored(byte[] bad, String badId, byte[] next, String nextId,
                                                        String reason) throws Exception {
        deliver(List.of(record(0, bad), record(1, next)));
        loop.start();

        Await.until(() -> committed() != null, "a commit");

        assertThat(committed().offset()).isEqualTo(2);
        assertThat(store.find(nextId)).isPresent();
        assertThat(store.find(badId)).isEmpty();
        assertThat(producer.history()).singleElement().satisfies(deadLetter -> {
            assertThat(deadLetter.value()).isEqualTo(bad);
            assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN)).isEqualTo(TOPIC + "-0@0");
            assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).contains(reason);
        });
        assertThat(registry.get("newsstream.sink.write.retries").counter().count()).isZero();
        assertThat(loop.state()).isEqualTo(ArticleConsumer.State.POLLING);
    }

    @Test
    void closingStopsTheLoopAndClosesTheConsumer() throws Exception {
        deliver(List.of());
        loop.start();
        Await.until(() -> loop.state() == ArticleConsumer.State.POLLING, "polling");

        loop.close();
        loop.close();

        assertThat(loop.state()).isEqualTo(ArticleConsumer.State.STOPPED);
        assertThat(consumer.closed()).isTrue();
    }

    @Test
    void joinsTheGroupWithItsFirstAssignment() throws Exception {
        assertThat(loop.joinedGroup()).isFalse();
        deliver(List.of());
        loop.start();

        Await.until(loop::joinedGroup, "joining the group");

        assertThat(loop.assignedPartitions()).isEqualTo(1);
    }

    /** Assigns the partition on the loop's first poll and hands it these records. */
    private void deliver(List<ConsumerRecord<byte[], byte[]>> records) {
        consumer.schedulePollTask(() -> {
            consumer.rebalance(List.of(PARTITION));
            consumer.updateBeginningOffsets(Map.of(PARTITION, 0L));
            for (ConsumerRecord<byte[], byte[]> record : records) {
                consumer.addRecord(record);
            }
        });
    }

    private OffsetAndMetadata committed() {
        return consumer.committed(Set.of(PARTITION)).get(PARTITION);
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, byte[] value) {
        return new ConsumerRecord<>(TOPIC, 0, offset, null, value);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Kafka's mock returns at once from an empty poll; resting a little keeps the loop from spinning a core. */
    private static final class ThrottledMockConsumer extends MockConsumer<byte[], byte[]> {

        ThrottledMockConsumer() {
            super("earliest");
        }

        @Override
        public ConsumerRecords<byte[], byte[]> poll(Duration timeout) {
            ConsumerRecords<byte[], byte[]> records = super.poll(timeout);
            if (records.isEmpty()) {
                try {
                    Thread.sleep(Math.min(5, timeout.toMillis()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return records;
        }
    }
}
