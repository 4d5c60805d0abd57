package io.newsstream.core.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.json.Json;
import java.nio.charset.StandardCharsets;

/**
 * The value of a dead letter that stands for a record too large to copy: which record, how large, and why it failed.
 * Small by construction (a few hundred bytes plus the bounded reason), so writing it cannot fail for its size.
 *
 * @param key the failed record's key as text (the article id), or null when it had none or it was too long to keep
 * @param keyBytes the size of the failed record's key
 * @param valueBytes the size of the failed record's value, or -1 when it could not be serialised
 * @param reason why it failed, as in the {@code error.message} header
 */
public record DeadLetterSummary(String key, int keyBytes, int valueBytes, String reason) {

    /** Longer keys are not article ids; the summary keeps only their size. */
    static final int MAX_KEY_BYTES = 256;

    public static DeadLetterSummary of(byte[] key, int valueBytes, String reason) {
        int keyBytes = key == null ? 0 : key.length;
        String kept = key == null || keyBytes > MAX_KEY_BYTES ? null : new String(key, StandardCharsets.UTF_8);
        return new DeadLetterSummary(kept, keyBytes, valueBytes, reason);
    }

    /** The original key when it is small enough to keep, else null. */
    public byte[] keptKey(byte[] original) {
        return key == null ? null : original;
    }

    public byte[] toJson() {
        try {
            return Json.mapper().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            // Strings and ints always serialise; this is only for the compiler.
            throw new IllegalStateException("cannot write a dead-letter summary", e);
        }
    }
}
