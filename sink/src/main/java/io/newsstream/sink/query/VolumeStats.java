package io.newsstream.sink.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code GET /v1/stats/volume}: how many articles each outlet published, or mention each entity, or discuss each
 * stance target, per time bucket; the articles counted are those the filters of {@code /v1/articles} select, copies
 * only with {@code count=articles}.
 */
public final class VolumeStats {

    public static final Set<String> PARAMETERS = parameters();
    public static final int DEFAULT_GROUPS = 10;
    public static final int MAX_GROUPS = 100;

    /** What a grouping joins to the articles {@code a}, and the SQL of the group's name. */
    private record Grouping(String join, String group) {
    }

    private static final Map<String, Grouping> GROUPINGS = Map.of(
            "outlet", new Grouping("", "COALESCE(a.publisher, '" + StanceStats.UNKNOWN_OUTLET + "')"),
            "entity", new Grouping(" JOIN article_entities g ON g.article_id = a.id", "g.name"),
            "target", new Grouping(" JOIN article_stances g ON g.article_id = a.id", "g.target"));

    // The busiest groups over the whole range, then their counts per bucket. Buckets are cut in UTC.
    private static final String VOLUME = """
            WITH matched AS (
                SELECT date_trunc(?, a.listed_at, 'UTC') AS start, %s AS grp, a.id
                FROM articles a%s
                WHERE %s
            ), busiest AS (
                SELECT grp FROM matched GROUP BY grp ORDER BY count(DISTINCT id) DESC, grp LIMIT ?
            )
            SELECT m.start, m.grp, count(DISTINCT m.id)
            FROM matched m JOIN busiest b ON b.grp = m.grp
            GROUP BY 1, 2 ORDER BY 1, 2
            """;

    /** One bar of a chart: articles in the group within the bucket starting at {@code start}. */
    public record Bucket(Instant start, String group, long articles) {
    }

    /** @param buckets ordered by start then group; only buckets with articles appear */
    public record Answer(String by, String interval, List<Bucket> buckets) {
    }

    private final DataSource dataSource;

    public VolumeStats(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Answer answer(QueryParameters parameters) throws BadParameterException, SQLException {
        SqlStatement statement = statement(parameters);
        List<Bucket> buckets = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = statement.prepare(connection);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                buckets.add(new Bucket(rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2),
                        rows.getLong(3)));
            }
        }
        return new Answer(by(parameters), LabelBuckets.range(parameters).interval(), buckets);
    }

    /** The query these parameters ask; package-visible so that tests can read its plan. */
    static SqlStatement statement(QueryParameters parameters) throws BadParameterException {
        LabelBuckets.Range range = LabelBuckets.range(parameters);
        int groups = parameters.integer("limit", 1, MAX_GROUPS, DEFAULT_GROUPS);
        ArticleFilter filter =
                ArticleFilter.from(parameters).originalsOnly(Counting.from(parameters) == Counting.ORIGINALS);
        SqlStatement condition = ArticleQuerySql.condition(filter, range.since(), range.until());
        Grouping grouping = GROUPINGS.get(by(parameters));
        List<Object> values = new ArrayList<>();
        values.add(range.interval());
        values.addAll(condition.parameters());
        values.add(groups);
        return new SqlStatement(VOLUME.formatted(grouping.group(), grouping.join(), condition.sql()), values);
    }

    private static String by(QueryParameters parameters) throws BadParameterException {
        return parameters.oneOf("by", GROUPINGS.keySet()).orElse("outlet");
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(ArticleFilter.PARAMETERS);
        // count says whether copies count; unique, its twin on lists, would say it twice.
        names.remove(ArticleFilter.UNIQUE);
        names.addAll(Set.of("by", "interval", "since", "until", "limit", Counting.PARAMETER));
        return Set.copyOf(names);
    }
}
