package io.newsstream.sink.query;

import io.newsstream.sink.store.TimestampRange;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The decoded parameters of one query string, checked against the names an endpoint knows, with typed readers
 * whose failures name the parameter and the reason. Whatever it hands out the database can take: no NUL characters,
 * no text over 1000 characters, no time outside {@link TimestampRange}.
 */
public final class QueryParameters {

    private static final int MAX_ECHOED = 80;
    private static final int MAX_VALUE_CHARS = 1000;

    private final Map<String, String> values;

    private QueryParameters(Map<String, String> values) {
        this.values = values;
    }

    /**
     * Decodes a raw query string (may be null).
     *
     * @throws BadParameterException for malformed escapes, an unknown name, a repeated name
     */
    public static QueryParameters parse(String rawQuery, Set<String> known) throws BadParameterException {
        Map<String, String> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return new QueryParameters(values);
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals), null);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1), name);
            if (!known.contains(name)) {
                throw new BadParameterException(name, "unknown parameter '" + shortened(name) + "'; known: "
                        + String.join(", ", new TreeSet<>(known)));
            }
            checkText(name, value);
            if (values.putIfAbsent(name, value) != null) {
                throw new BadParameterException(name, name + " is given more than once");
            }
        }
        return new QueryParameters(values);
    }

    // PostgreSQL text cannot hold NUL (SQLSTATE 22021), and no filter needs a value longer than a page of text.
    private static void checkText(String name, String value) throws BadParameterException {
        if (value.indexOf('\u0000') >= 0) {
            throw new BadParameterException(name, name + " must not contain NUL characters (%00)");
        }
        if (value.length() > MAX_VALUE_CHARS) {
            throw new BadParameterException(name, name + " must be at most " + MAX_VALUE_CHARS + " characters, got "
                    + value.length());
        }
    }

    private static String decode(String raw, String parameter) throws BadParameterException {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException(parameter, "malformed percent-escape in the query string: '"
                    + shortened(raw) + "'");
        }
    }

    /** The value, absent when the parameter is missing or empty. */
    public Optional<String> string(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String required(String name) throws BadParameterException {
        return string(name).orElseThrow(() -> new BadParameterException(name, name + " is required"));
    }

    public int integer(String name, int min, int max, int fallback) throws BadParameterException {
        Optional<String> value = string(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.get());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below with the same message as an out-of-range number
        }
        throw new BadParameterException(name, name + " must be an integer between " + min + " and " + max
                + ", got '" + shortened(value.get()) + "'");
    }

    /** One of the allowed values, matched case-insensitively and returned as written in {@code allowed}. */
    public Optional<String> oneOf(String name, Set<String> allowed) throws BadParameterException {
        Optional<String> value = string(name);
        if (value.isEmpty()) {
            return value;
        }
        for (String candidate : allowed) {
            if (candidate.equalsIgnoreCase(value.get())) {
                return Optional.of(candidate);
            }
        }
        throw new BadParameterException(name, name + " must be one of " + String.join(", ", new TreeSet<>(allowed))
                + ", got '" + shortened(value.get()) + "'");
    }

    /** The start of a time range: an instant, or a date meaning its first moment (UTC). */
    public Optional<Instant> since(String name) throws BadParameterException {
        return time(name, false);
    }

    /** The exclusive end of a time range: an instant, or a date meaning the whole of that day (UTC) is included. */
    public Optional<Instant> until(String name) throws BadParameterException {
        return time(name, true);
    }

    private Optional<Instant> time(String name, boolean endOfDay) throws BadParameterException {
        Optional<String> value = string(name);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Instant instant = instantOrDate(value.get(), endOfDay).orElseThrow(() -> new BadParameterException(name,
                name + " must be an ISO-8601 instant (2031-03-04T08:15:00Z) or date (2031-03-04), got '"
                        + shortened(value.get()) + "'"));
        // An until date of 9999-12-31 ends at the range's end itself.
        if (instant.isBefore(TimestampRange.EARLIEST) || instant.isAfter(TimestampRange.END)) {
            throw new BadParameterException(name, name + " must be between 0001-01-01 and 9999-12-31 (UTC), the "
                    + "times the sink stores, got '" + shortened(value.get()) + "'");
        }
        return Optional.of(instant);
    }

    // Any instant java.time reads, possibly far outside the stored range: checked by the caller.
    private static Optional<Instant> instantOrDate(String value, boolean endOfDay) {
        try {
            return Optional.of(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeException notAnInstant) {
            try {
                Instant start = LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                // Added to the instant, not the date: the day after LocalDate.MAX does not exist, its instant does.
                return Optional.of(endOfDay ? start.plus(Duration.ofDays(1)) : start);
            } catch (DateTimeException notADate) {
                return Optional.empty();
            }
        }
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(values.keySet());
    }

    static String shortened(String value) {
        return value.length() <= MAX_ECHOED ? value : value.substring(0, MAX_ECHOED) + "...";
    }
}
