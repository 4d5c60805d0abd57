package io.newsstream.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class DeadLetterRecordsTest {

    private static final Instant NOW = Instant.parse("2031-01-01T00:00:00Z");
    private final DeadLetterRecords deadLetters = new DeadLetterRecords("prod.articles.dlq", Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void deadLetterKeepsTheBytesHeadersAndTimestampAndSaysWhereAndWhy() throws Exception {
        RecordHeaders original = new RecordHeaders();
        original.add("trace", utf8("t-77"));
        FailedRecord failed = new FailedRecord("prod.articles.enriched", 1, 5, 1_700_000_000_000L, utf8("art-1"), utf8("{}"), original);

        ProducerRecord<byte[], byte[]> deadLetter = deadLetters.of("sink", failed, new IllegalArgumentException("bad date"));

        assertThat(deadLetter.topic()).isEqualTo("prod.articles.dlq");
        assertThat(deadLetter.partition()).isNull();
        assertThat(deadLetter.timestamp()).isEqualTo(1_700_000_000_000L);
        assertThat(deadLetter.key()).isEqualTo(utf8("art-1"));
        assertThat(deadLetter.value()).isEqualTo(utf8("{}"));
        assertThat(header(deadLetter, "trace")).isEqualTo("t-77");
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("sink");
        assertThat(header(deadLetter, DeadLetterHeaders.CLASS)).isEqualTo(IllegalArgumentException.class.getName());
        assertThat(header(deadLetter, DeadLetterHeaders.MESSAGE)).isEqualTo("bad date");
        assertThat(header(deadLetter, DeadLetterHeaders.AT)).isEqualTo(NOW.toString());
        assertThat(header(deadLetter, DeadLetterHeaders.ORIGIN)).isEqualTo("prod.articles.enriched-1@5");
    }

    @Test
    void longMessagesAreCutWithOneMarkAndNeverHalfACharacter() {
        String cut = DeadLetterRecords.reason(new IllegalStateException("x".repeat(5000)));
        assertThat(cut).hasSize(1001).endsWith("…");

        String emoji = "x".repeat(999) + "\uD83D\uDE00" + "y".repeat(10);
        assertThat(DeadLetterRecords.reason(new IllegalStateException(emoji))).isEqualTo("x".repeat(999) + "…");
    }

    @Test
    void anExceptionWithoutMessageIsNamedByItsClass() {
        assertThat(DeadLetterRecords.reason(new NullPointerException())).isEqualTo("NullPointerException");
    }

    @Test
    void aRecordWithoutTimestampGetsTheProducersTime() {
        FailedRecord failed = new FailedRecord("t", 0, 1, ConsumerRecord.NO_TIMESTAMP, null, utf8("x"), new RecordHeaders());

        assertThat(deadLetters.of("sink", failed, new IllegalStateException("x")).timestamp()).isNull();
    }

    @Test
    void anOriginalTooLargeToCopyBecomesASummaryAndLargeHeadersAreLeftOut() throws Exception {
        RecordHeaders large = new RecordHeaders();
        large.add("big", new byte[DeadLetterRecords.MAX_ORIGINAL_HEADER_BYTES + 1]);
        byte[] value = new byte[DeadLetterRecords.MAX_ORIGINAL_BYTES];
        FailedRecord failed = new FailedRecord("t", 0, 1, 0L, utf8("art-9"), value, large);

        ProducerRecord<byte[], byte[]> deadLetter = deadLetters.of("enrich.process", failed, new IllegalStateException("boom"));

        assertThat(Json.mapper().readValue(deadLetter.value(), DeadLetterSummary.class))
                .isEqualTo(new DeadLetterSummary("art-9", 5, value.length, "boom"));
        assertThat(deadLetter.headers().lastHeader("big")).isNull();
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("enrich.process");
    }

    private static String header(ProducerRecord<byte[], byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
