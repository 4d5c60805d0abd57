package io.newsstream.sink.consume;

import io.newsstream.core.kafka.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Builds the {@code articles.dlq} record for a record the sink cannot store: its original bytes, and why. */
public final class DeadLetters {

    /** The {@code error.stage} of every dead letter the sink writes. */
    public static final String STAGE = "sink";

    // Headers travel with every fetch of the record: a reason, not a dump.
    private static final int MAX_MESSAGE_CHARS = 1000;

    private final String topic;

    /** @param topic the dead-letter topic's full name, prefix included */
    public DeadLetters(String topic) {
        this.topic = topic;
    }

    public ProducerRecord<byte[], byte[]> of(ConsumerRecord<byte[], byte[]> failed, Exception error, Instant at) {
        RecordHeaders headers = new RecordHeaders();
        // The original headers travel along so whatever traced the record can still trace it.
        for (Header header : failed.headers()) {
            headers.add(header);
        }
        headers.add(DeadLetterHeaders.STAGE, utf8(STAGE));
        headers.add(DeadLetterHeaders.CLASS, utf8(error.getClass().getName()));
        headers.add(DeadLetterHeaders.MESSAGE, utf8(shortened(String.valueOf(error.getMessage()))));
        headers.add(DeadLetterHeaders.AT, utf8(at.toString()));
        headers.add(DeadLetterHeaders.ORIGIN, utf8(failed.topic() + "-" + failed.partition() + "@" + failed.offset()));
        return new ProducerRecord<>(topic, null, failed.key(), failed.value(), headers);
    }

    private static String shortened(String message) {
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "...";
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
