package io.newsstream.enrich.errors;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an enriched article that cannot be written (too large, or not serialisable) into a small dead letter
 * summarising it, and keeps the application running: one article must not stop the stream. The summary never holds
 * the payload, so it cannot fail for the same reason; a dead letter that fails to be written is only logged, never
 * dead-lettered again.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private DeadLetters deadLetters = DeadLetters.from(Map.of());

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
        if (exception instanceof RetriableException) {
            // A slow or briefly unavailable broker: Streams re-processes the task's records, nothing is lost.
            return Response.retry();
        }
        if (deadLetters.isDeadLetterTopic(record.topic())) {
            log.error("a dead letter for {} could not be written and is dropped: {}", context.topic(), exception.toString());
            return Response.resume();
        }
        if (!concernsThisRecordOnly(exception)) {
            return Response.fail();
        }
        int valueBytes = record.value() == null ? 0 : record.value().length;
        return Response.resume(deadLetters.summarise(DeadLetters.STAGE_PRODUCE, context, record.key(), valueBytes, exception));
    }

    @Override
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        Object key = record.key();
        byte[] keyBytes = key == null ? null : key.toString().getBytes(StandardCharsets.UTF_8);
        int valueBytes = exception instanceof OversizedRecordException oversized ? oversized.bytes() : -1;
        return Response.resume(deadLetters.summarise(DeadLetters.STAGE_PRODUCE, context, keyBytes, valueBytes, exception));
    }

    /** Errors that the next record will not meet: writing it again fails the same way, writing others works. */
    private static boolean concernsThisRecordOnly(Exception exception) {
        return exception instanceof RecordTooLargeException
                || exception instanceof RecordBatchTooLargeException
                || exception instanceof InvalidRecordException;
    }
}
