package io.newsstream.sink.query;

import io.newsstream.core.article.Polarity;
import java.sql.SQLException;
import java.util.Arrays;
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

    // Same bucketing as StanceStats: the unit is bound as text, buckets are cut in UTC. The name is matched through
    // the lower(entity) index.
    private static final String BY_OUTLET = """
            SELECT date_trunc(?, a.listed_at, 'UTC'), COALESCE(a.publisher, ?), es.label, count(*)
            FROM article_entity_stances es JOIN articles a ON a.id = es.article_id
            WHERE lower(es.entity) = lower(?) AND a.listed_at >= ? AND a.listed_at < ?
            GROUP BY 1, 2, 3 ORDER BY 1, 2
            """;
    private static final List<String> LABELS = Arrays.stream(Polarity.values()).map(Polarity::name).toList();

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
        LabelBuckets.Range range = LabelBuckets.range(parameters);
        SqlStatement statement = new SqlStatement(BY_OUTLET,
                List.of(range.interval(), StanceStats.UNKNOWN_OUTLET, entity, range.since(), range.until()));
        return new Answer(entity, by, range.interval(), LabelBuckets.query(dataSource, statement, LABELS));
    }
}
