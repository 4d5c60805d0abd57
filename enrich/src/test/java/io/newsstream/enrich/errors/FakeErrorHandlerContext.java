package io.newsstream.enrich.errors;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;

/** The context Kafka Streams hands a handler, for a record read at {@code articles.raw-0@42}. */
record FakeErrorHandlerContext(byte[] sourceRawKey, byte[] sourceRawValue, Headers headers) implements ErrorHandlerContext {

    FakeErrorHandlerContext(byte[] sourceRawKey, byte[] sourceRawValue) {
        this(sourceRawKey, sourceRawValue, new RecordHeaders());
    }

    @Override
    public String topic() {
        return "articles.raw";
    }

    @Override
    public int partition() {
        return 0;
    }

    @Override
    public long offset() {
        return 42;
    }

    @Override
    public String processorNodeId() {
        return "write-enriched";
    }

    @Override
    public TaskId taskId() {
        return new TaskId(0, 0);
    }

    @Override
    public long timestamp() {
        return 1_000L;
    }
}
