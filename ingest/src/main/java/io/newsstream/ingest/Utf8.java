package io.newsstream.ingest;

/**
 * UTF-8 without copies: counts the bytes of text without encoding it, and checks bytes are well-formed UTF-8
 * without decoding them, so checking a 1 MiB article costs one pass and no allocation.
 */
final class Utf8 {

    private Utf8() {
    }

    /** @return the UTF-8 length of the value, 0 for null; an unpaired surrogate counts as the 3 bytes of its replacement */
    static int length(String value) {
        if (value == null) {
            return 0;
        }
        int bytes = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * Where {@code bytes} stop being well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above
     * U+10FFFF), or -1 when they are. JSON parsers are lenient here ({@code C0 AF} reads as "/"), so this runs first.
     */
    static int malformedAt(byte[] bytes) {
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length;
            int min;
            int max = 0xBF;
            if (b >= 0xC2 && b <= 0xDF) {
                length = 2;
                min = 0x80;
            } else if (b >= 0xE0 && b <= 0xEF) {
                length = 3;
                // E0 needs A0.. (else overlong); ED stops at 9F (else a surrogate)
                min = b == 0xE0 ? 0xA0 : 0x80;
                max = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                length = 4;
                // F0 needs 90.. (else overlong); F4 stops at 8F (else above U+10FFFF)
                min = b == 0xF0 ? 0x90 : 0x80;
                max = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return i;
            }
            if (i + length > bytes.length) {
                return i;
            }
            int second = bytes[i + 1] & 0xFF;
            if (second < min || second > max) {
                return i;
            }
            for (int k = 2; k < length; k++) {
                int next = bytes[i + k] & 0xFF;
                if (next < 0x80 || next > 0xBF) {
                    return i;
                }
            }
            i += length;
        }
        return -1;
    }
}
