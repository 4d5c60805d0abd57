package io.newsstream.sink.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The full-text index of stored articles ({@code article_search}, V7), filled after the articles are stored rather
 * than in their write transaction. Articles are indexed in the order of their latest write ({@code article_stream}):
 * the highest sequence indexed is the resume point, kept in the index itself, so whatever a crash interrupted is
 * indexed again on restart, and an article written again takes a higher sequence and is indexed anew.
 */
public final class SearchIndex {

    /** The transaction-level advisory lock one indexer holds per batch, so instances take turns: "srch" in ASCII. */
    static final long LOCK = 0x73726368L;

    private static final String TRY_LOCK = "SELECT pg_try_advisory_xact_lock(" + LOCK + ")";
    // The highest sequence indexed: every article written up to it was visible when it was indexed (V4).
    private static final String INDEXED_UP_TO = "(SELECT COALESCE(max(indexed_seq), 0) FROM article_search)";
    private static final String INDEX_NEXT = """
            INSERT INTO article_search (article_id, indexed_seq, search)
            SELECT a.id, s.store_seq, article_search_vector(a.language, a.title, a.document ->> 'body')
            FROM article_stream s JOIN articles a ON a.id = s.article_id
            WHERE s.store_seq > %s
            ORDER BY s.store_seq
            LIMIT ?
            ON CONFLICT (article_id) DO UPDATE SET indexed_seq = EXCLUDED.indexed_seq, search = EXCLUDED.search
            """.formatted(INDEXED_UP_TO);
    // The oldest waiting is the next in sequence order: writes commit in that order.
    private static final String LAG = """
            SELECT (SELECT count(*) FROM article_stream WHERE store_seq > %1$s),
                   (SELECT a.updated_at FROM article_stream s JOIN articles a ON a.id = s.article_id
                    WHERE s.store_seq > %1$s ORDER BY s.store_seq LIMIT 1)
            """.formatted(INDEXED_UP_TO);

    private final DataSource dataSource;

    public SearchIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Indexes the next articles waiting, at most {@code limit}, in one transaction.
     *
     * @return how many were indexed; 0 when none waits or another instance is indexing right now
     */
    public int indexNext(int limit) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement(TRY_LOCK);
                 PreparedStatement index = connection.prepareStatement(INDEX_NEXT)) {
                int indexed = 0;
                if (locked(lock)) {
                    index.setInt(1, limit);
                    indexed = index.executeUpdate();
                }
                connection.commit();
                return indexed;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        }
    }

    /** Indexes batch after batch until none is waiting; for tests and benchmarks, which want it now. */
    public int indexAll(int batchSize) throws SQLException {
        int total = 0;
        int indexed;
        do {
            indexed = indexNext(batchSize);
            total += indexed;
        } while (indexed > 0);
        return total;
    }

    /** How many articles wait to be indexed (new or written again since), and since when the oldest waits. */
    public IndexLag lag() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(LAG);
             ResultSet row = select.executeQuery()) {
            row.next();
            Timestamp oldest = row.getTimestamp(2);
            return new IndexLag(row.getLong(1), oldest == null ? null : oldest.toInstant());
        }
    }

    private static boolean locked(PreparedStatement lock) throws SQLException {
        try (ResultSet row = lock.executeQuery()) {
            return row.next() && row.getBoolean(1);
        }
    }

    /**
     * @param waiting articles stored but not yet searchable as stored (new, or written again since indexed)
     * @param oldestWaitingSince when the longest-waiting of them was written, null when none waits
     */
    public record IndexLag(long waiting, Instant oldestWaitingSince) {

        public static final IndexLag NONE = new IndexLag(0, null);
    }
}
