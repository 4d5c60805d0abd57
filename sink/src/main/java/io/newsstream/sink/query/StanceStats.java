package io.newsstream.sink.query;

import io.newsstream.core.article.StanceLabel;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@code GET /v1/stats/stance}: how many articles (by outlet) or quoted speakers (by speaker) took each label toward
 * a target, per time bucket, for charts; copies count only with {@code count=articles}.
 */
public final class StanceStats {

    public static final Set<String> PARAMETERS = Set.of("target", "by", "interval", "since", "until",
            Counting.PARAMETER);
    private static final Set<String> GROUPINGS = Set.of("outlet", "speaker");
    static final String UNKNOWN_OUTLET = "(unknown)";

    // The interval is bound too: date_trunc takes its unit as a text value. Buckets are cut in UTC.
    private static final String BY_OUTLET = """
            SELECT date_trunc(?, a.listed_at, 'UTC'), COALESCE(a.publisher, ?), s.label, count(*)
            FROM article_stances s JOIN articles a ON a.id = s.article_id
            WHERE s.target = ? AND a.listed_at >= ? AND a.listed_at < ?%s
            GROUP BY 1, 2, 3 ORDER BY 1, 2
            """;
    private static final String BY_SPEAKER = """
            SELECT date_trunc(?, a.listed_at, 'UTC'), sp.speaker, sp.label, count(*)
            FROM article_speaker_stances sp JOIN articles a ON a.id = sp.article_id
            WHERE sp.target = ? AND a.listed_at >= ? AND a.listed_at < ?%s
            GROUP BY 1, 2, 3 ORDER BY 1, 2
            """;
    private static final List<String> LABELS = Arrays.stream(StanceLabel.values()).map(StanceLabel::name).toList();

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
        SqlStatement statement = statement(parameters);
        return new Answer(parameters.required("target"), by(parameters), LabelBuckets.range(parameters).interval(),
                LabelBuckets.query(dataSource, statement, LABELS));
    }

    /** The query these parameters ask; package-visible so that tests can read its plan. */
    static SqlStatement statement(QueryParameters parameters) throws BadParameterException {
        String target = parameters.required("target");
        LabelBuckets.Range range = LabelBuckets.range(parameters);
        String counted = Counting.from(parameters).onArticles();
        return by(parameters).equals("outlet")
                ? new SqlStatement(BY_OUTLET.formatted(counted),
                        List.of(range.interval(), UNKNOWN_OUTLET, target, range.since(), range.until()))
                : new SqlStatement(BY_SPEAKER.formatted(counted),
                        List.of(range.interval(), target, range.since(), range.until()));
    }

    private static String by(QueryParameters parameters) throws BadParameterException {
        return parameters.oneOf("by", GROUPINGS).orElse("outlet");
    }
}
