package io.newsstream.sink.query;

import io.newsstream.sink.store.TimestampRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What the label statistics share: the {@code interval}, {@code since} and {@code until} parameters, and folding rows
 * of (bucket start, group, label, count) into chart buckets that list every label, zero when absent.
 */
final class LabelBuckets {

    static final Set<String> INTERVALS = Set.of("hour", "day", "week");

    /** The asked time range and bucket size. */
    record Range(String interval, Instant since, Instant until) {
    }

    private LabelBuckets() {
    }

    static Range range(QueryParameters parameters) throws BadParameterException {
        String interval = parameters.oneOf("interval", INTERVALS).orElse("day");
        Instant since = parameters.since("since").orElse(TimestampRange.EARLIEST);
        Instant until = parameters.until("until").orElse(TimestampRange.END);
        if (!since.isBefore(until)) {
            throw new BadParameterException("until", "until (" + until + ") must be after since (" + since + ")");
        }
        return new Range(interval, since, until);
    }

    /** Runs the statement and gives one bucket per start and group, in the statement's order. */
    static List<Map<String, Object>> query(DataSource dataSource, SqlStatement statement, List<String> labels)
            throws SQLException {
        Map<String, Map<String, Object>> buckets = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = statement.prepare(connection);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String start = rows.getObject(1, OffsetDateTime.class).toInstant().toString();
                String group = rows.getString(2);
                Map<String, Object> bucket = buckets.computeIfAbsent(start + "\u0000" + group,
                        key -> empty(start, group, labels));
                bucket.put(rows.getString(3), rows.getLong(4));
            }
        }
        return new ArrayList<>(buckets.values());
    }

    private static Map<String, Object> empty(String start, String group, List<String> labels) {
        Map<String, Object> bucket = new LinkedHashMap<>();
        bucket.put("start", start);
        bucket.put("group", group);
        labels.forEach(label -> bucket.put(label, 0L));
        return bucket;
    }
}
