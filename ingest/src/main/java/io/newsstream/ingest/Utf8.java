package io.newsstream.ingest;

/** Counts the UTF-8 bytes of text without encoding it, so checking a 1 MiB article does not copy it. */
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
}
