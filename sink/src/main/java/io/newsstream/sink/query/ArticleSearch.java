package io.newsstream.sink.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import io.newsstream.sink.store.StoredArticle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Runs article list queries: pages for {@code /v1/articles}, and the catch-up of a reconnecting stream. */
public final class ArticleSearch {

    private static final String LATEST_SEQUENCE = "SELECT COALESCE(max(store_seq), 0) FROM article_stream";

    private final DataSource dataSource;

    public ArticleSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public ArticlePage page(ArticleQuery query) throws SQLException {
        List<Row> rows = rows(ArticleQuerySql.page(query));
        boolean more = rows.size() > query.limit();
        List<Row> shown = more ? rows.subList(0, query.limit()) : rows;
        String nextCursor = null;
        if (more) {
            Row last = shown.get(shown.size() - 1);
            nextCursor = new PageCursor(last.listedAt().toInstant(), last.article().id()).encode();
        }
        return new ArticlePage(shown.stream().map(Row::article).toList(), nextCursor);
    }

    /** Up to {@code limit} articles matching the filter whose latest write came after {@code sequence}, oldest first. */
    public List<StoredArticle> storedAfter(ArticleFilter filter, long sequence, int limit) throws SQLException {
        return rows(ArticleQuerySql.storedAfter(filter, sequence, limit)).stream()
                .map(row -> new StoredArticle(row.sequence(), row.article()))
                .toList();
    }

    /** The highest stream sequence committed so far, 0 when nothing is stored. */
    public long latestSequence() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(LATEST_SEQUENCE);
             ResultSet result = select.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<Row> rows(SqlStatement statement) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = statement.prepare(connection);
             ResultSet result = select.executeQuery()) {
            List<Row> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(new Row(result.getLong(1), result.getObject(2, OffsetDateTime.class),
                        article(result.getString(3))));
            }
            return rows;
        }
    }

    private static EnrichedArticle article(String document) throws SQLException {
        try {
            return Json.mapper().readValue(document, EnrichedArticle.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored document is not a valid EnrichedArticle: " + e.getMessage(), e);
        }
    }

    private record Row(long sequence, OffsetDateTime listedAt, EnrichedArticle article) {
    }
}
