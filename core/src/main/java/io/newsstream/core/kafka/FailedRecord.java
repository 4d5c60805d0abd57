package io.newsstream.core.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * A record a service could not read, process or write: where it came from and the bytes it held.
 *
 * @param timestamp the record's timestamp in epoch milliseconds, or {@link ConsumerRecord#NO_TIMESTAMP} (-1)
 * @param key the key bytes, or null
 * @param value the value bytes, or null (a tombstone, or a value that could not be serialised)
 * @param headers the record's own headers
 */
public record FailedRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value, Headers headers) {

    public static FailedRecord of(ConsumerRecord<byte[], byte[]> record) {
        return new FailedRecord(record.topic(), record.partition(), record.offset(), record.timestamp(), record.key(),
                record.value(), record.headers());
    }

    /** {@code topic-partition@offset}, the value of the {@code error.origin} header. */
    public String origin() {
        return topic + "-" + partition + "@" + offset;
    }
}
