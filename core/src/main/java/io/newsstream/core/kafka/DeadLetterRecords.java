package io.newsstream.core.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Builds the records of the dead-letter topic for every service, so each dead letter looks the same whoever wrote it:
 * the original key and value bytes (or, when too large, a {@link DeadLetterSummary}), the original headers when small,
 * the {@link DeadLetterHeaders error.*} headers, and the failed record's timestamp, as Kafka Streams' own dead
 * letters have it.
 */
public final class DeadLetterRecords {

    /** Originals up to half the record limit are copied whole; the other half leaves room for headers. */
    public static final int MAX_ORIGINAL_BYTES = Topics.MAX_RECORD_BYTES / 2;
    /** Original headers are copied only while this small; the error.* headers still say why when they are not. */
    public static final int MAX_ORIGINAL_HEADER_BYTES = 16 * 1024;
    /** Headers travel with every fetch of the record: a reason, not a stack-trace-sized dump. */
    static final int MAX_MESSAGE_CHARS = 1000;
    static final String CUT_MARK = "…";

    private final String topic;
    private final Clock clock;

    /**
     * @param topic the dead-letter topic's full name, prefix included
     * @param clock gives {@code error.at}
     */
    public DeadLetterRecords(String topic, Clock clock) {
        this.topic = topic;
        this.clock = clock;
    }

    public String topic() {
        return topic;
    }

    /** The dead letter of a failed record: its bytes when they fit in {@link #MAX_ORIGINAL_BYTES}, else a summary. */
    public ProducerRecord<byte[], byte[]> of(String stage, FailedRecord failed, Exception error) {
        if (length(failed.key()) + length(failed.value()) > MAX_ORIGINAL_BYTES) {
            return summary(stage, failed, length(failed.value()), error);
        }
        return record(stage, failed, failed.key(), failed.value(), error);
    }

    /**
     * A dead letter holding only a {@link DeadLetterSummary} of the failed record, for records that could not be
     * written, whose value is too large or cannot be serialised.
     *
     * @param valueBytes the size of the value that failed, or -1 when it has no bytes
     */
    public ProducerRecord<byte[], byte[]> summary(String stage, FailedRecord failed, int valueBytes, Exception error) {
        DeadLetterSummary summary = DeadLetterSummary.of(failed.key(), valueBytes, reason(error));
        return record(stage, failed, summary.keptKey(failed.key()), summary.toJson(), error);
    }

    private ProducerRecord<byte[], byte[]> record(String stage, FailedRecord failed, byte[] key, byte[] value, Exception error) {
        Headers headers = new RecordHeaders();
        // The original headers travel along, so whatever traced the record can still trace it.
        if (failed.headers() != null && headerBytes(failed.headers()) <= MAX_ORIGINAL_HEADER_BYTES) {
            for (Header header : failed.headers()) {
                headers.add(header);
            }
        }
        headers.add(DeadLetterHeaders.STAGE, utf8(stage));
        headers.add(DeadLetterHeaders.CLASS, utf8(error.getClass().getName()));
        headers.add(DeadLetterHeaders.MESSAGE, utf8(reason(error)));
        headers.add(DeadLetterHeaders.AT, utf8(clock.instant().toString()));
        headers.add(DeadLetterHeaders.ORIGIN, utf8(failed.origin()));
        // A record without a timestamp gets the producer's time.
        Long timestamp = failed.timestamp() < 0 ? null : failed.timestamp();
        return new ProducerRecord<>(topic, null, timestamp, key, value, headers);
    }

    /** The {@code error.message}: the exception's message, or its simple class name when it has none, cut at 1,000 characters. */
    public static String reason(Exception error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (message.length() <= MAX_MESSAGE_CHARS) {
            return message;
        }
        // Never split a surrogate pair: half a character is not UTF-8.
        int end = Character.isHighSurrogate(message.charAt(MAX_MESSAGE_CHARS - 1)) ? MAX_MESSAGE_CHARS - 1 : MAX_MESSAGE_CHARS;
        return message.substring(0, end) + CUT_MARK;
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

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
