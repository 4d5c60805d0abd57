package io.newsstream.enrich.errors;

import io.newsstream.core.kafka.DeadLetterRecords;
import io.newsstream.core.kafka.FailedRecord;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dead letters of the enrich handlers, built by {@link DeadLetterRecords} like every service's: the dead-letter
 * topic and the observer come from the Streams config, and every dead letter is logged and counted.
 */
public final class DeadLetters {

    public static final String STAGE_DESERIALIZE = "enrich.deserialize";
    public static final String STAGE_PROCESS = "enrich.process";
    /** Writing the enriched article failed: too large to write, or it could not be serialised. */
    public static final String STAGE_PRODUCE = "enrich.produce";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final DeadLetterRecords records;
    private final DeadLetterObserver observer;

    private DeadLetters(DeadLetterRecords records, DeadLetterObserver observer) {
        this.records = records;
        this.observer = observer;
    }

    /** Reads the dead-letter topic ({@code errors.dead.letter.queue.topic.name}) and the observer from the Streams config. */
    static DeadLetters from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object observer = configs.get(DeadLetterObserver.CONFIG);
        return new DeadLetters(topic == null ? null : new DeadLetterRecords(topic.toString(), Clock.systemUTC()),
                observer instanceof DeadLetterObserver given ? given : DeadLetterObserver.NONE);
    }

    /** Whether records to this topic are dead letters, whose failure must not make another dead letter. */
    boolean isDeadLetterTopic(String name) {
        return name != null && records != null && name.equals(records.topic());
    }

    /**
     * The dead-letter records for one failed input record: one record (its bytes, or a summary when too large), or
     * none when no dead-letter topic is set (the failure is then only logged, as with Kafka Streams' own handlers).
     */
    List<ProducerRecord<byte[], byte[]>> route(String stage, ErrorHandlerContext context, byte[] key, byte[] value,
                                              Exception exception) {
        FailedRecord failed = failed(context, key, value);
        return deadLetter(stage, failed, exception, () -> records.of(stage, failed, exception));
    }

    /**
     * A dead letter that never holds the failed record's value, only a summary of it: for records that could not be
     * written, whose value is too large or cannot be serialised.
     *
     * @param valueBytes the size of the value that failed, or -1 when it has no bytes
     */
    List<ProducerRecord<byte[], byte[]>> summarise(String stage, ErrorHandlerContext context, byte[] key, int valueBytes,
                                                  Exception exception) {
        FailedRecord failed = failed(context, key, null);
        return deadLetter(stage, failed, exception, () -> records.summary(stage, failed, valueBytes, exception));
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetter(String stage, FailedRecord failed, Exception exception,
                                                           Supplier<ProducerRecord<byte[], byte[]>> build) {
        if (records == null) {
            log.error("{} failed for record {} and no {} is set: it is skipped without a dead letter: {}", stage,
                    failed.origin(), StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, exception.toString());
            return List.of();
        }
        log.warn("{} failed for record {}, sending it to {}: {}", stage, failed.origin(), records.topic(), exception.toString());
        ProducerRecord<byte[], byte[]> record = build.get();
        observer.deadLettered(stage);
        return List.of(record);
    }

    private static FailedRecord failed(ErrorHandlerContext context, byte[] key, byte[] value) {
        return new FailedRecord(context.topic(), context.partition(), context.offset(), context.timestamp(), key, value,
                context.headers());
    }
}
