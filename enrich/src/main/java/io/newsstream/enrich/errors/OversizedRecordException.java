package io.newsstream.enrich.errors;

import org.apache.kafka.common.errors.RecordTooLargeException;

/** A value that serialises to more bytes than its topic takes; thrown before it reaches the producer. */
public final class OversizedRecordException extends RecordTooLargeException {

    private final int bytes;

    public OversizedRecordException(String what, int bytes, int limit) {
        super(what + " of " + bytes + " bytes is over the limit of " + limit + " bytes");
        this.bytes = bytes;
    }

    public int bytes() {
        return bytes;
    }
}
