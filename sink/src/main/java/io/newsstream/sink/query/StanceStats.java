package io.newsstream.sink.query;

import io.newsstream.core.article.StanceLabel;
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
 * {@code GET /v1/stats/stance}: how many articles (by outlet) or quoted speakers (by speaker) took each label toward
 * a target, per time bucket, for charts.
 */
public final class StanceStats {

    public static final Set<String> PARAMETERS = Set.of("target", "by", "interval", "since", "until");
    private static final Set<String> GROUPINGS = Set.of("outlet", "speaker");
    private static final Set<String> INTERVALS = Set.of("hour", "day", "week");
    static final String UNKNOWN_OUTLET = "(unknown)";

    // The interval is bound too: date_trunc takes its unit as a text value. Buckets are cut in UTC.
    private static final String BY_OUTLET = """
            SELECT date_trunc(?, a.listed_at, 'UTC'), COALESCE(a.publisher, ?), s.label, count(*)
            FROM article_stances s JOIN articles a ON a.id = s.article_id
            WHERE s.target = ? AND a.listed_at >= ? AND a.listed_at < ?
            GROUP BY 1, 2, 3 ORDER BY 1, 2
            """;
    private static final String BY_SPEAKER = """
            SELECT date_trunc(?, a.listed_at, 'UTC'), sp.speaker, sp.label, count(*)
            FROM article_speaker_stances sp JOIN articles a ON a.id = sp.article_id
            WHERE sp.target = ? AND a.listed_at >= ? AND a.listed_at < ?
            GROUP BY 1, 2, 3 ORDER BY 1, 2
            """;
    // Open ends of the range, as far as PostgreSQL's timestamptz reaches comfortably.
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    /**
     * The chart data.
     *
     * @param buckets one per start and group that has any label, each {@code {start, group, FAVOR, AGAINST,
     *     NEUTRAL}}, ordered by start then group
     */
    public record Answer(String target, String by, String interval, List<Map<String, Object>> buckets) {
    }

    private final DataSource dataSource;

    public StanceStats(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Answer answer(QueryParameters parameters) throws BadParameterException, SQLException {
        String target = parameters.required("target");
        String by = parameters.oneOf("by", GROUPINGS).orElse("outlet");
        String interval = parameters.oneOf("interval", INTERVALS).orElse("day");
        Instant since = parameters.since("since").orElse(EARLIEST);
        Instant until = parameters.until("until").orElse(LATEST);
        if (!since.isBefore(until)) {
            throw new BadParameterException("until", "until (" + until + ") must be after since (" + since + ")");
        }
        SqlStatement statement = by.equals("outlet")
                ? new SqlStatement(BY_OUTLET, List.of(interval, UNKNOWN_OUTLET, target, since, until))
                : new SqlStatement(BY_SPEAKER, List.of(interval, target, since, until));
        return new Answer(target, by, interval, buckets(statement));
    }

    private List<Map<String, Object>> buckets(SqlStatement statement) throws SQLException {
        Map<String, Map<String, Object>> buckets = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = statement.prepare(connection);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String start = rows.getObject(1, OffsetDateTime.class).toInstant().toString();
                String group = rows.getString(2);
                Map<String, Object> bucket = buckets.computeIfAbsent(start + "\u0000" + group, key -> empty(start, group));
                bucket.put(rows.getString(3), rows.getLong(4));
            }
        }
        return new ArrayList<>(buckets.values());
    }

    private static Map<String, Object> empty(String start, String group) {
        Map<String, Object> bucket = new LinkedHashMap<>();
        bucket.put("start", start);
        bucket.put("group", group);
        for (StanceLabel label : StanceLabel.values()) {
            bucket.put(label.name(), 0L);
        }
        return bucket;
    }
}
