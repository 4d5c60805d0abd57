package io.newsstream.ingest;

/** Quotes client input in a message, cut short so a huge value cannot flood the answer or the logs. */
final class Quoted {

    private static final int MAX_CHARS = 120;

    private Quoted() {
    }

    /** @return the value in single quotes, its first 120 characters followed by {@code ...} when longer */
    static String of(String value) {
        String shown = value.length() > MAX_CHARS ? value.substring(0, MAX_CHARS) + "..." : value;
        return "'" + shown + "'";
    }
}
