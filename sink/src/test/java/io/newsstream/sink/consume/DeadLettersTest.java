package io.newsstream.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.kafka.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    private final DeadLetters deadLetters = new DeadLetters("prod.articles.dlq");

    @Test
    void longErrorMessagesAreCutSoHeadersStaySmall() {
        ConsumerRecord<byte[], byte[]> failed = new ConsumerRecord<>("prod.articles.enriched", 1, 5, null, new byte[] {1});

        ProducerRecord<byte[], byte[]> deadLetter = deadLetters.of(failed,
                new IllegalArgumentException("x".repeat(5000)), Instant.parse("2031-01-01T00:00:00Z"));

        String message = new String(deadLetter.headers().lastHeader(DeadLetterHeaders.MESSAGE).value(),
                StandardCharsets.UTF_8);
        assertThat(message).hasSize(1003).endsWith("...");
        assertThat(deadLetter.topic()).isEqualTo("prod.articles.dlq");
        assertThat(deadLetter.key()).isNull();
        assertThat(deadLetter.partition()).isNull();
    }
}
