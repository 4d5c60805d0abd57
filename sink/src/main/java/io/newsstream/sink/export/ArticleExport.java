package io.newsstream.sink.export;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.json.Json;
import io.newsstream.sink.query.ArticleFilter;
import io.newsstream.sink.query.ArticleQuerySql;
import io.newsstream.sink.query.BadParameterException;
import io.newsstream.sink.query.QueryParameters;
import io.newsstream.sink.query.SqlStatement;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads every article matching an export request through a server-side cursor, {@link #FETCH_ROWS} at a time, so
 * memory stays flat however many there are, and each step stays within the query timeout however long the export.
 */
public final class ArticleExport {

    /** Rows per round trip: big enough that the round trips cost little, small enough to keep memory low. */
    static final int FETCH_ROWS = 500;
    public static final Set<String> PARAMETERS = parameters();
    private static final String DECLARE = "DECLARE article_export NO SCROLL CURSOR FOR ";
    private static final String FETCH = "FETCH FORWARD " + FETCH_ROWS + " FROM article_export";

    /** One export: what to include and how to write it. */
    public record Request(ArticleFilter filter, Instant since, Instant until, ExportFormat format) {

        public static Request from(QueryParameters parameters) throws BadParameterException {
            ArticleFilter filter = ArticleFilter.from(parameters);
            Instant since = parameters.since("since").orElse(null);
            Instant until = parameters.until("until").orElse(null);
            if (since != null && until != null && !since.isBefore(until)) {
                throw new BadParameterException("until", "until (" + until + ") must be after since (" + since + ")");
            }
            ExportFormat format = ExportFormat.named(parameters.oneOf("format", ExportFormat.NAMES).orElse("csv"));
            return new Request(filter, since, until, format);
        }
    }

    /** Receives the export: its start, once the query is accepted, then the articles one by one. */
    public interface Rows {
        void begin() throws IOException;

        void accept(EnrichedArticle article) throws IOException;
    }

    /** Thrown when the database fails, so callers can tell it from a failure to write the answer. */
    public static final class StoreFailure extends Exception {
        StoreFailure(SQLException cause) {
            super(cause.getMessage(), cause);
        }

        @Override
        public synchronized SQLException getCause() {
            return (SQLException) super.getCause();
        }
    }

    private final DataSource dataSource;

    public ArticleExport(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Opens the cursor, then hands the rows over, newest first.
     *
     * @return how many articles were exported
     */
    public long run(Request request, Rows rows) throws StoreFailure, IOException {
        SqlStatement query = ArticleQuerySql.export(request.filter(), request.since(), request.until());
        SqlStatement declare = new SqlStatement(DECLARE + query.sql(), query.parameters());
        try (Connection connection = dataSource.getConnection()) {
            // A cursor lives only inside a transaction.
            connection.setAutoCommit(false);
            try {
                try (PreparedStatement open = declare.prepare(connection)) {
                    open.execute();
                }
                rows.begin();
                return fetchAll(connection, rows);
            } finally {
                // Read-only: nothing to keep, and the pool gets the connection back as it lent it.
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreFailure(e);
        }
    }

    // Each FETCH is a statement of its own, so the pool's statement_timeout bounds one step, not the whole export.
    private static long fetchAll(Connection connection, Rows rows) throws SQLException, IOException {
        long count = 0;
        try (PreparedStatement fetch = connection.prepareStatement(FETCH)) {
            int fetched;
            do {
                fetched = 0;
                try (ResultSet result = fetch.executeQuery()) {
                    while (result.next()) {
                        rows.accept(Json.mapper().readValue(result.getString(3), EnrichedArticle.class));
                        fetched++;
                    }
                }
                count += fetched;
            } while (fetched == FETCH_ROWS);
        }
        return count;
    }

    private static Set<String> parameters() {
        Set<String> names = new HashSet<>(ArticleFilter.PARAMETERS);
        names.addAll(Set.of("since", "until", "format"));
        return Set.copyOf(names);
    }
}
