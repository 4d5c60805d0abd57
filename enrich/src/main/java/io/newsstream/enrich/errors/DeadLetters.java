package io.newsstream.enrich.errors;

import io.newsstream.core.kafka.DeadLetterHeaders;
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
 * the newsstream {@code error.*} headers saying where and why the record failed.
 */
public final class DeadLetters {

    public static final String STAGE_DESERIALIZE = "enrich.deserialize";
    public static final String STAGE_PROCESS = "enrich.process";

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

    /**
     * The dead-letter records for one failed input record: one record, or none when no dead-letter topic is set (the
     * failure is then only logged, as with the Kafka Streams built-in handlers).
     */
    List<ProducerRecord<byte[], byte[]>> route(String stage, ErrorHandlerContext context, byte[] key, byte[] value,
                                              Exception exception) {
        String origin = context.topic() + "-" + context.partition() + "@" + context.offset();
        log.warn("{} failed for record {}, sending it to {}: {}", stage, origin, topic, exception.toString());
        if (topic == null) {
            log.error("no {} is set: record {} is skipped without a dead letter",
                    StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, origin);
            return List.of();
        }
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic, null, context.timestamp(), key, value);
        Headers headers = record.headers();
        for (Header header : context.headers()) {
            headers.add(header);
        }
        headers.add(DeadLetterHeaders.STAGE, utf8(stage));
        headers.add(DeadLetterHeaders.CLASS, utf8(exception.getClass().getName()));
        headers.add(DeadLetterHeaders.MESSAGE, utf8(message(exception)));
        headers.add(DeadLetterHeaders.AT, utf8(Instant.now().toString()));
        headers.add(DeadLetterHeaders.ORIGIN, utf8(origin));
        observer.deadLettered(stage);
        return List.of(record);
    }

    private static String message(Exception exception) {
        String message = exception.getMessage() == null ? exception.getClass().getSimpleName() : exception.getMessage();
        return message.length() <= MAX_MESSAGE_CHARS ? message : message.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
