package io.newsstream.lab.bench;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor the sink's writes are measured against: each article's JSON document inserted as one row of a table
 * with just a primary key and a JSONB column, by a JDBC batch per transaction. Serialising the document is part
 * of the work, as it is in the sink; the query tables, the search vector and the upsert are not.
 */
public final class PlainInsertBaseline implements BatchWriter {

    private static final String CREATE = "CREATE TABLE IF NOT EXISTS bench_plain (id TEXT PRIMARY KEY, doc JSONB NOT NULL)";
    private static final String INSERT = "INSERT INTO bench_plain (id, doc) VALUES (?, ?::jsonb)";

    private final DataSource dataSource;

    private PlainInsertBaseline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates the table if needed. */
    public static PlainInsertBaseline create(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
        return new PlainInsertBaseline(dataSource);
    }

    // A connection per batch, as the sink's ArticleStore takes one, so both pay the same connection cost.
    @Override
    public void write(List<EnrichedArticle> batch) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (EnrichedArticle article : batch) {
                    insert.setString(1, article.id());
                    insert.setString(2, json(article));
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private static String json(EnrichedArticle article) {
        try {
            return Json.mapper().writeValueAsString(article);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write article " + article.id() + " as JSON", e);
        }
    }
}
