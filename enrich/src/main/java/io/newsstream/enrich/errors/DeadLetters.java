package io.newsstream.enrich.errors;

import io.newsstream.core.kafka.DeadLetterHeaders;
import io.newsstream.core.kafka.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the dead-letter records of the enrich handlers: the original key and value bytes, the original headers, and
 * the newsstream {@code error.*} headers saying where and why the record failed. A record too large to copy gets a
 * {@link DeadLetterSummary} as its value instead, so a dead letter is always small enough to write and a failed
 * dead-letter write can never be the cause of another.
 */
public final class DeadLetters {

    public static final String STAGE_DESERIALIZE = "enrich.deserialize";
    public static final String STAGE_PROCESS = "enrich.process";
    /** Writing the enriched article failed: too large to write, or it could not be serialised. */
    public static final String STAGE_PRODUCE = "enrich.produce";
    /** Originals up to half the record limit are copied whole; the other half leaves room for headers. */
    static final int MAX_ORIGINAL_BYTES = Topics.MAX_RECORD_BYTES / 2;
    /** Original headers are copied only while this small; larger ones are left out, the error.* headers still say why. */
    static final int MAX_ORIGINAL_HEADER_BYTES = 16 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    /** Headers travel with every copy of the record; a stack-trace-sized message would bloat them. */
    private static final int MAX_MESSAGE_CHARS = 1000;

    private final String topic;
    private final DeadLetterObserver observer;

    private DeadLetters(String topic, DeadLetterObserver observer) {
        this.topic = topic;
        this.observer = observer;
    }

    /** Reads the dead-letter topic ({@code errors.dead.letter.queue.topic.name}) and the observer from the Streams config. */
    static DeadLetters from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object observer = configs.get(DeadLetterObserver.CONFIG);
        return new DeadLetters(topic == null ? null : topic.toString(),
                observer instanceof DeadLetterObserver given ? given : DeadLetterObserver.NONE);
    }

    /** Whether records to this topic are dead letters, whose failure must not make another dead letter. */
    boolean isDeadLetterTopic(String name) {
        return name != null && name.equals(topic);
    }

    /**
     * The dead-letter records for one failed input record: one record, or none when no dead-letter topic is set (the
     * failure is then only logged, as with the Kafka Streams built-in handlers). The original bytes are kept when
     * they fit in {@link #MAX_ORIGINAL_BYTES}, else replaced by a summary.
     */
    List<ProducerRecord<byte[], byte[]>> route(String stage, ErrorHandlerContext context, byte[] key, byte[] value,
                                              Exception exception) {
        if (length(key) + length(value) > MAX_ORIGINAL_BYTES) {
            return summarise(stage, context, key, length(value), exception);
        }
        return deadLetter(stage, context, key, value, true, exception);
    }

    /**
     * A dead letter that never holds the failed record's value, only a {@link DeadLetterSummary} of it: for records
     * that could not be written, whose value is too large or cannot be serialised.
     *
     * @param valueBytes the size of the value that failed, or -1 when it has no bytes
     */
    List<ProducerRecord<byte[], byte[]>> summarise(String stage, ErrorHandlerContext context, byte[] key, int valueBytes,
                                                  Exception exception) {
        DeadLetterSummary summary = DeadLetterSummary.of(key, valueBytes, message(exception));
        return deadLetter(stage, context, summary.keptKey(key), summary.toJson(), false, exception);
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(String stage, ErrorHandlerContext context, byte[] key,
                                                           byte[] value, boolean original, Exception exception) {
        String origin = context.topic() + "-" + context.partition() + "@" + context.offset();
        log.warn("{} failed for record {}, sending {} to {}: {}", stage, origin, original ? "it" : "a summary of it",
                topic, exception.toString());
        if (topic == null) {
            log.error("no {} is set: record {} is skipped without a dead letter",
                    StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, origin);
            return List.of();
        }
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, context.timestamp(), key, value);
        Headers headers = record.headers();
        if (headerBytes(context.headers()) <= MAX_ORIGINAL_HEADER_BYTES) {
            for (Header header : context.headers()) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.STAGE, utf8(stage));
        headers.add(DeadLetterHeaders.CLASS, utf8(exception.getClass().getName()));
        headers.add(DeadLetterHeaders.MESSAGE, utf8(message(exception)));
        headers.add(DeadLetterHeaders.AT, utf8(Instant.now().toString()));
        headers.add(DeadLetterHeaders.ORIGIN, utf8(origin));
        observer.deadLettered(stage);
        return List.of(record);
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static int headerBytes(Headers headers) {
        int total = 0;
        for (Header header : headers) {
            total += header.key().length() + length(header.value());
        }
        return total;
    }

    private static String message(Exception exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
