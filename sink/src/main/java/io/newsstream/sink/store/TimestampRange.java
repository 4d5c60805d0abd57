package io.newsstream.sink.store;

import java.time.Instant;

/**
 * The instants the sink stores and queries: years 1 to 9999 (UTC). PostgreSQL reaches further (4713 BC to 294276 AD),
 * Java's {@code Instant} further still, but a time outside four-digit years is a broken clock or a typing error, not
 * a publication date, and one range for writes and queries keeps every stored time reachable by {@code since} and
 * {@code until}.
 */
public final class TimestampRange {

    /** The earliest instant stored. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    /** The end of the range, itself outside it: the first instant of year 10000. */
    public static final Instant END = Instant.parse("+10000-01-01T00:00:00Z");

    private TimestampRange() {
    }

    /** True when the instant can be stored: from {@link #EARLIEST} up to, not including, {@link #END}. */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(EARLIEST) && instant.isBefore(END);
    }

    /** How a message names the range. */
    public static String describe() {
        return "from " + EARLIEST + " up to " + END + " (years 1 to 9999)";
    }
}
