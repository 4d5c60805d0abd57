package io.newsstream.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.kafka.DeadLetterHeaders;
import io.newsstream.core.kafka.DeadLetterRecords;
import io.newsstream.sink.Articles;
import io.newsstream.sink.SwitchableDataSource;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.store.ArticleStore;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BatchProcessorTest {

    private static final String TOPIC = "test.articles.enriched";
    private static final String DLQ = "test.articles.dlq";
    private static final Instant NOW = Instant.parse("2031-05-06T07:08:09Z");

    private final ArticleStore store = new ArticleStore(TestPostgres.dataSource());
    private final BatchProcessor processor = processorWith(store);

    @BeforeEach
    void emptyTables() {
        TestPostgres.clean();
    }

    @Test
    void decodableRecordsAreStored() throws SQLException {
        BatchOutcome outcome = processor.process(List.of(
                record(0, Articles.HARBOUR_ID, Articles.json(Articles.harbour())),
                record(1, Articles.MARKET_ID, Articles.json(Articles.market(Articles.MARKET_ID, "Spring market")))));

        assertThat(outcome.written()).isEqualTo(2);
        assertThat(outcome.deadLetters()).isEmpty();
        assertThat(store.find(Articles.HARBOUR_ID)).contains(Articles.harbour());
        assertThat(store.find(Articles.MARKET_ID)).isPresent();
    }

    @Test
    void undecodableRecordGoesToDeadLettersWithItsBytesAndTheOthersAreStored() throws SQLException {
        byte[] garbage = "{\"id\": \"abc\", \"title\": unquoted".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<byte[], byte[]> poison = record(41, "abc", garbage);

        BatchOutcome outcome = processor.process(List.of(
                record(40, Articles.HARBOUR_ID, Articles.json(Articles.harbour())), poison));

        assertThat(outcome.written()).isEqualTo(1);
        assertThat(store.find(Articles.HARBOUR_ID)).isPresent();
        assertThat(outcome.deadLetters()).hasSize(1);
        ProducerRecord<byte[], byte[]> deadLetter = outcome.deadLetters().get(0);
        assertThat(deadLetter.topic()).isEqualTo(DLQ);
        assertThat(deadLetter.key()).isEqualTo(poison.key());
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("sink");
        assertThat(header(deadLetter, DeadLetterHeaders.CLASS))
                .isEqualTo("org.apache.kafka.common.errors.SerializationException");
        assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).contains("EnrichedArticle");
        assertThat(header(deadLetter, DeadLetterHeaders.AT)).isEqualTo(NOW.toString());
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN)).isEqualTo(TOPIC + "-0@41");
    }

    @Test
    void deadLetterKeepsTheOriginalHeaders() throws SQLException {
        RecordHeaders headers = new RecordHeaders();
        headers.add("trace", "t-77".getBytes(StandardCharsets.UTF_8));
        ConsumerRecord<byte[], byte[]> poison = new ConsumerRecord<>(TOPIC, 2, 9, 0L, TimestampType.CREATE_TIME, 0, 0,
                null, "not json".getBytes(StandardCharsets.UTF_8), headers, Optional.empty());

        BatchOutcome outcome = processor.process(List.of(poison));

        assertThat(header(outcome.deadLetters().get(0), "trace")).isEqualTo("t-77");
    }

    @Test
    void recordWithoutValueGoesToDeadLetters() throws SQLException {
        BatchOutcome outcome = processor.process(List.of(record(3, Articles.HARBOUR_ID, null)));

        assertThat(outcome.written()).isZero();
        assertThat(outcome.deadLetters()).singleElement()
                .satisfies(deadLetter -> assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).contains("no value"));
    }

    @Test
    void articleThatPostgresRefusesGoesToDeadLettersAndTheRestOfTheBatchIsStored() throws SQLException {
        byte[] withNul = Articles.json(Articles.market(Articles.MARKET_ID, "Market\u0000day"));
        byte[] badId = Articles.json(Articles.market("NOT-HEX", "Market"));

        BatchOutcome outcome = processor.process(List.of(
                record(0, Articles.MARKET_ID, withNul),
                record(1, Articles.HARBOUR_ID, Articles.json(Articles.harbour())),
                record(2, "NOT-HEX", badId)));

        assertThat(outcome.written()).isEqualTo(1);
        assertThat(store.find(Articles.HARBOUR_ID)).isPresent();
        assertThat(outcome.deadLetters()).extracting(deadLetter -> header(deadLetter, DeadLetterHeaders.ORIGIN))
                .containsExactly(TOPIC + "-0@0", TOPIC + "-0@2");
        assertThat(outcome.deadLetters()).extracting(ProducerRecord::value).containsExactly(withNul, badId);
        assertThat(header(outcome.deadLetters().get(1), DeadLetterHeaders.MESSAGE))
                .contains("articles_id_check")
                .doesNotContain("INSERT INTO");
    }

    @Test
    void databaseOutageFailsTheWholeBatchWithoutDeadLetters() {
        BatchProcessor unreachable = processorWith(new ArticleStore(new SwitchableDataSource(TestPostgres.dataSource(), true)));

        assertThatThrownBy(() -> unreachable.process(List.of(
                record(0, Articles.HARBOUR_ID, Articles.json(Articles.harbour())))))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("connection refused");
    }

    @Test
    void processingABatchAgainStoresTheSameArticlesOnce() throws SQLException {
        List<ConsumerRecord<byte[], byte[]>> batch = List.of(
                record(0, Articles.HARBOUR_ID, Articles.json(Articles.harbour())),
                record(1, Articles.HARBOUR_ID, Articles.json(Articles.harbourReEnriched())));

        processor.process(batch);
        processor.process(batch);

        assertThat(store.find(Articles.HARBOUR_ID)).contains(Articles.harbourReEnriched());
    }

    private static BatchProcessor processorWith(ArticleStore store) {
        return new BatchProcessor(store, new DeadLetterRecords(DLQ, Clock.fixed(NOW, ZoneOffset.UTC)));
    }

    private static ConsumerRecord<byte[], byte[]> record(long offset, String key, byte[] value) {
        return new ConsumerRecord<>(TOPIC, 0, offset, key.getBytes(StandardCharsets.UTF_8), value);
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
