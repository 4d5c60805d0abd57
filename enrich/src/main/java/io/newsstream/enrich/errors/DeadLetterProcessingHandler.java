package io.newsstream.enrich.errors;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Sends records whose processing throws to the dead-letter topic with the bytes they arrived with, and keeps the
 * application running: one article that breaks a step must not stop the stream.
 */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {

    private DeadLetters deadLetters = DeadLetters.from(Map.of());

    @Override
    public void configure(Map<String, ?> configs) {
        deadLetters = DeadLetters.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        byte[] key = context.sourceRawKey();
        byte[] value = context.sourceRawValue();
        // Streams keeps the source bytes for records read from a topic; a record made by a punctuator has none.
        if (value == null && record.value() != null) {
            value = json(record.value());
        }
        return Response.resume(deadLetters.route(DeadLetters.STAGE_PROCESS, context, key, value, exception));
    }

    /** The value as JSON, or as text if even that fails: a handler that throws would stop the stream. */
    private static byte[] json(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
        }
    }
}
