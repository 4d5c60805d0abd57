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
 * negatively or neutrally, per time bucket, for charts; copies count only with {@code count=articles}.
 */
public final class PortrayalStats {

    public static final Set<String> PARAMETERS = Set.of("entity", "by", "interval", "since", "until",
            Counting.PARAMETER);
    // Only outlets for now; the parameter is there so other groupings can come without changing the answer's shape.
    private static final Set<String> GROUPINGS = Set.of("outlet");

    // Same bucketing as StanceStats: the unit is bound as text, buckets are cut in UTC. The name is matched through
    // the lower(entity) index.
    private static final String BY_OUTLET = """
            SELECT date_trunc(?, a.listed_at, 'UTC'), COALESCE(a.publisher, ?), es.label, count(*)
            FROM article_entity_stances es JOIN articles a ON a.id = es.article_id
            WHERE lower(es.entity) = lower(?) AND a.listed_at >= ? AND a.listed_at < ?%s
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
        SqlStatement statement = statement(parameters);
        String by = parameters.oneOf("by", GROUPINGS).orElse("outlet");
        return new Answer(parameters.required("entity"), by, LabelBuckets.range(parameters).interval(),
                LabelBuckets.query(dataSource, statement, LABELS));
    }

    /** The query these parameters ask; package-visible so that tests can read its plan. */
    static SqlStatement statement(QueryParameters parameters) throws BadParameterException {
        LabelBuckets.Range range = LabelBuckets.range(parameters);
        return new SqlStatement(BY_OUTLET.formatted(Counting.from(parameters).onArticles()),
                List.of(range.interval(), StanceStats.UNKNOWN_OUTLET, parameters.required("entity"), range.since(),
                        range.until()));
    }
}
