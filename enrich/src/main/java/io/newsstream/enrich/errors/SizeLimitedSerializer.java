package io.newsstream.enrich.errors;

import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Refuses values larger than a limit while serialising them, so Kafka Streams hands the record to
 * {@link DeadLetterProductionHandler} before the producer sees it. Under exactly-once a record that the producer
 * refuses aborts the whole transaction, which is then re-processed and refused again; a serialisation error does not.
 */
public final class SizeLimitedSerializer<T> implements Serializer<T> {

    private final Serializer<T> delegate;
    private final int maxBytes;
    private final String what;

    /** @param what names the value in the error, e.g. {@code enriched article} */
    public SizeLimitedSerializer(Serializer<T> delegate, int maxBytes, String what) {
        this.delegate = delegate;
        this.maxBytes = maxBytes;
        this.what = what;
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return checked(delegate.serialize(topic, data));
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return checked(delegate.serialize(topic, headers, data));
    }

    private byte[] checked(byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new OversizedRecordException(what, bytes.length, maxBytes);
        }
        return bytes;
    }
}
