package io.newsstream.sink.query;

import io.newsstream.core.article.Polarity;
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
 * {@code GET /v1/stats/portrayal}: how many articles of each outlet portrayed one person or organisation positively,
 * negatively or neutrally, per time bucket, for charts.
 */
public final class PortrayalStats {

    public static final Set<String> PARAMETERS = Set.of("entity", "by", "interval", "since", "until");
    // Only outlets for now; the parameter is there so other groupings can come without changing the answer's shape.
    private static final Set<String> GROUPINGS = Set.of("outlet");
    private static final Set<String> INTERVALS = Set.of("hour", "day", "week");

    // Same bucketing as StanceStats: the unit is bound as text, buckets are cut in UTC. The name is matched through
    // the lower(entity) index.
    private static final String BY_OUTLET = """
            SELECT date_trunc(?, a.listed_at, 'UTC'), COALESCE(a.publisher, ?), es.label, count(*)
            FROM article_entity_stances es JOIN articles a ON a.id = es.article_id
            WHERE lower(es.entity) = lower(?) AND a.listed_at >= ? AND a.listed_at < ?
            GROUP BY 1, 2, 3 ORDER BY 1, 2
            """;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    /**
     * The chart data.
     *
     * @param entity the name as asked for
     * @param buckets one per start and outlet that has any label, each {@code {start, group, POSITIVE, NEGATIVE,
     *     NEUTRAL}}, ordered by start then group
     */
    public record Answer(String entity, String by, String interval, List<Map<String, Object>> buckets) {
    }

    private final DataSource dataSource;

    public PortrayalStats(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Answer answer(QueryParameters parameters) throws BadParameterException, SQLException {
        String entity = parameters.required("entity");
        String by = parameters.oneOf("by", GROUPINGS).orElse("outlet");
        String interval = parameters.oneOf("interval", INTERVALS).orElse("day");
        Instant since = parameters.since("since").orElse(EARLIEST);
        Instant until = parameters.until("until").orElse(LATEST);
        if (!since.isBefore(until)) {
            throw new BadParameterException("until", "until (" + until + ") must be after since (" + since + ")");
        }
        SqlStatement statement =
                new SqlStatement(BY_OUTLET, List.of(interval, StanceStats.UNKNOWN_OUTLET, entity, since, until));
        return new Answer(entity, by, interval, buckets(statement));
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
        for (Polarity label : Polarity.values()) {
            bucket.put(label.name(), 0L);
        }
        return bucket;
    }
}
