package io.newsstream.sink.query;

import io.newsstream.core.article.EntityType;
import io.newsstream.sink.store.TimestampRange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * {@code GET /v1/entities/top}: the entities mentioned in the most articles, then by mentions, in a time range;
 * copies count only with {@code count=articles}.
 */
public final class TopEntities {

    public static final Set<String> PARAMETERS = Set.of("since", "until", "type", "limit", Counting.PARAMETER);
    private static final Set<String> TYPES =
            Arrays.stream(EntityType.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    // Without a type filter every type is bound, so one fixed statement serves both.
    private static final String TOP = """
            SELECT e.entity_id, max(e.name), max(e.type), count(*), sum(e.mentions)
            FROM article_entities e JOIN articles a ON a.id = e.article_id
            WHERE a.listed_at >= ? AND a.listed_at < ? AND e.type = ANY (?)%s
            GROUP BY e.entity_id
            ORDER BY count(*) DESC, sum(e.mentions) DESC, e.entity_id
            LIMIT ?
            """;

    /** One ranked entity: in how many articles it occurs and how often in all. */
    public record TopEntity(String id, String name, String type, long articles, long mentions) {
    }

    private final DataSource dataSource;

    public TopEntities(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<TopEntity> answer(QueryParameters parameters) throws BadParameterException, SQLException {
        SqlStatement statement = statement(parameters);
        List<TopEntity> top = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = statement.prepare(connection);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                top.add(new TopEntity(rows.getString(1), rows.getString(2), rows.getString(3), rows.getLong(4),
                        rows.getLong(5)));
            }
        }
        return top;
    }

    /** The query these parameters ask; package-visible so that tests can read its plan. */
    static SqlStatement statement(QueryParameters parameters) throws BadParameterException {
        Instant since = parameters.since("since").orElse(TimestampRange.EARLIEST);
        Instant until = parameters.until("until").orElse(TimestampRange.END);
        if (!since.isBefore(until)) {
            throw new BadParameterException("until", "until (" + until + ") must be after since (" + since + ")");
        }
        String[] types = parameters.oneOf("type", TYPES).map(type -> new String[] {type})
                .orElseGet(() -> TYPES.toArray(String[]::new));
        int limit = parameters.integer("limit", 1, ArticleQuery.MAX_LIMIT, ArticleQuery.DEFAULT_LIMIT);
        String counted = Counting.from(parameters).onArticles();
        return new SqlStatement(TOP.formatted(counted), List.of(since, until, types, limit));
    }
}
