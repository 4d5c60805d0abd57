package io.newsstream.sink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Reads and writes enriched articles in PostgreSQL: idempotent upserts keyed by article id, lookups by id. Every
 * write also takes the articles' new places in the stream and notifies {@link StoreStream#CHANNEL}.
 */
public final class ArticleStore {

    private static final String UPSERT_ARTICLE = """
            INSERT INTO articles (id, url, title, publisher, publisher_id, language, channel, duplicate_of,
                                  published_at, received_at, enriched_at, enricher_version, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (id) DO UPDATE SET
                url = EXCLUDED.url, title = EXCLUDED.title, publisher = EXCLUDED.publisher,
                publisher_id = EXCLUDED.publisher_id, language = EXCLUDED.language, channel = EXCLUDED.channel,
                duplicate_of = EXCLUDED.duplicate_of, published_at = EXCLUDED.published_at,
                received_at = EXCLUDED.received_at, enriched_at = EXCLUDED.enriched_at,
                enricher_version = EXCLUDED.enricher_version, document = EXCLUDED.document, updated_at = now()
            """;
    // An article stored before is updated, not upserted: INSERT ... ON CONFLICT computes the generated columns for the
    // proposed row and again for the update. The search vector is not among them: the indexer computes it (V7).
    private static final String UPDATE_ARTICLE = """
            UPDATE articles SET url = ?, title = ?, publisher = ?, publisher_id = ?, language = ?, channel = ?,
                                duplicate_of = ?, published_at = ?, received_at = ?, enriched_at = ?,
                                enricher_version = ?, document = ?::jsonb, updated_at = now()
            WHERE id = ?
            """;
    private static final String STORED_IDS = "SELECT id FROM articles WHERE id = ANY (?)";
    // Held from here to commit, so sequence numbers become visible in the order they were taken (see V4). Writers
    // on other instances queue here only for this last statement and their commit, not for their whole batch.
    private static final String LOCK_STREAM = "SELECT pg_advisory_xact_lock(" + StoreStream.LOCK + ")";
    private static final String SEQUENCE = """
            INSERT INTO article_stream (article_id, store_seq)
            SELECT id, nextval('articles_store_seq') FROM unnest(?::text[]) AS batch (id)
            ON CONFLICT (article_id) DO UPDATE SET store_seq = EXCLUDED.store_seq
            RETURNING article_id, store_seq
            """;
    private static final String NOTIFY = "SELECT pg_notify('" + StoreStream.CHANNEL + "', ?)";
    private static final String SELECT_DOCUMENT = "SELECT document FROM articles WHERE id = ?";

    private static final String DATETIME_OVERFLOW = "22008";
    // Columns bindColumns sets: all but the id.
    private static final int COLUMNS = 12;

    private final DataSource dataSource;

    public ArticleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the articles in one transaction, replacing any stored article with the same id and all its rows in
     * the query tables; when an id occurs more than once, the last occurrence wins, as it would have written one
     * after the other.
     *
     * @return the articles written, once each, in the order of their new sequence numbers
     */
    public List<StoredArticle> upsert(List<EnrichedArticle> articles) throws SQLException {
        if (articles.isEmpty()) {
            return List.of();
        }
        Collection<EnrichedArticle> latest = lastPerId(articles);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                upsertArticles(connection, latest);
                QueryRows.replace(connection, latest);
                List<StoredArticle> stored = sequenced(connection, latest);
                connection.commit();
                return stored;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
            } catch (AssertionError driverFault) {
                // pgjdbc throws AssertionError (an explicit throw, not an assert) when a batch meets a connection the
                // server has just closed; it is a lost connection, to be retried like any other.
                rollbackQuietly(connection, driverFault);
                throw new SQLNonTransientConnectionException("the database connection broke during the write ("
                        + driverFault.getMessage() + ")", "08003", driverFault);
            }
        }
    }

    /** The stored article with this id, if any. */
    public Optional<EnrichedArticle> find(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(SELECT_DOCUMENT)) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                return Optional.of(fromJson(result.getString(1)));
            }
        }
    }

    /**
     * Updates the articles stored before and inserts the others; an insert still upserts, so an article another
     * instance stored meanwhile is replaced all the same.
     */
    private static void upsertArticles(Connection connection, Collection<EnrichedArticle> articles) throws SQLException {
        Set<String> stored = storedIds(connection, articles);
        List<EnrichedArticle> inserts = new ArrayList<>(articles.size());
        List<EnrichedArticle> updates = new ArrayList<>(stored.size());
        for (EnrichedArticle article : articles) {
            (stored.contains(article.id()) ? updates : inserts).add(article);
        }
        if (!updates.isEmpty()) {
            try (PreparedStatement update = connection.prepareStatement(UPDATE_ARTICLE)) {
                for (EnrichedArticle article : updates) {
                    bindColumns(update, 1, article);
                    update.setString(COLUMNS + 1, article.id());
                    update.addBatch();
                }
                int[] counts = update.executeBatch();
                for (int i = 0; i < counts.length; i++) {
                    if (counts[i] == 0) {
                        inserts.add(updates.get(i));
                    }
                }
            }
        }
        if (inserts.isEmpty()) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTICLE)) {
            for (EnrichedArticle article : inserts) {
                upsert.setString(1, article.id());
                bindColumns(upsert, 2, article);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    private static Set<String> storedIds(Connection connection, Collection<EnrichedArticle> articles)
            throws SQLException {
        Set<String> stored = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(STORED_IDS)) {
            select.setArray(1, connection.createArrayOf("text", ids(articles)));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stored.add(rows.getString(1));
                }
            }
        }
        return stored;
    }

    /** The article's columns but its id, in the order both statements list them, from parameter {@code first} on. */
    private static void bindColumns(PreparedStatement statement, int first, EnrichedArticle article)
            throws SQLException {
        Outlet publisher = article.outlet().publisher();
        int i = first;
        statement.setString(i++, article.url());
        statement.setString(i++, article.title());
        statement.setString(i++, publisher == null ? null : publisher.name());
        statement.setString(i++, publisher == null ? null : publisher.id());
        statement.setString(i++, article.language());
        statement.setString(i++, article.channel() == null ? null : article.channel().wireName());
        statement.setString(i++, article.duplicateOf());
        statement.setObject(i++, timestamp(article, "publishedAt", article.publishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(i++, timestamp(article, "receivedAt", article.receivedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setObject(i++, timestamp(article, "enrichedAt", article.enrichedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(i++, article.enricherVersion());
        statement.setString(i, toJson(article));
    }

    /** Takes the articles' places in the stream and wakes every instance's stream, all visible at commit. */
    private static List<StoredArticle> sequenced(Connection connection, Collection<EnrichedArticle> articles)
            throws SQLException {
        Map<String, Long> sequences = new HashMap<>();
        try (PreparedStatement lock = connection.prepareStatement(LOCK_STREAM);
             PreparedStatement sequence = connection.prepareStatement(SEQUENCE)) {
            lock.execute();
            sequence.setArray(1, connection.createArrayOf("text", ids(articles)));
            try (ResultSet rows = sequence.executeQuery()) {
                while (rows.next()) {
                    sequences.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        List<StoredArticle> stored = articles.stream()
                .map(article -> new StoredArticle(sequences.get(article.id()), article))
                .sorted(Comparator.comparingLong(StoredArticle::sequence))
                .toList();
        try (PreparedStatement notify = connection.prepareStatement(NOTIFY)) {
            notify.setString(1, String.valueOf(stored.get(stored.size() - 1).sequence()));
            notify.execute();
        }
        return stored;
    }

    static String[] ids(Collection<EnrichedArticle> articles) {
        return articles.stream().map(EnrichedArticle::id).toArray(String[]::new);
    }

    private static Collection<EnrichedArticle> lastPerId(List<EnrichedArticle> articles) {
        Map<String, EnrichedArticle> latest = new LinkedHashMap<>();
        for (EnrichedArticle article : articles) {
            latest.remove(article.id());
            latest.put(article.id(), article);
        }
        return new ArrayList<>(latest.values());
    }

    /** @throws SQLDataException (SQLSTATE 22008, datetime field overflow) naming the field, outside the range */
    private static OffsetDateTime timestamp(EnrichedArticle article, String field, Instant instant)
            throws SQLDataException {
        if (instant == null) {
            return null;
        }
        if (!TimestampRange.contains(instant)) {
            throw new SQLDataException("article " + article.id() + ": " + field + " " + instant
                    + " is outside the times the sink stores, " + TimestampRange.describe(), DATETIME_OVERFLOW);
        }
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String toJson(EnrichedArticle article) {
        try {
            return Json.mapper().writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write article " + article.id() + " as JSON", e);
        }
    }

    private static EnrichedArticle fromJson(String document) throws SQLException {
        try {
            return Json.mapper().readValue(document, EnrichedArticle.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("stored document is not a valid EnrichedArticle: " + e.getMessage(), e);
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
