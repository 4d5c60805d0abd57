package io.newsstream.enrich.errors;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** Sends records that cannot be deserialised to the dead-letter topic, untouched, and keeps the application running. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {

    private DeadLetters deadLetters = DeadLetters.from(Map.of());

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
        return Response.resume(deadLetters.route(DeadLetters.STAGE_DESERIALIZE, context, record.key(), record.value(), exception));
    }
}
