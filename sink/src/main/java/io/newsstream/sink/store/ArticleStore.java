package io.newsstream.sink.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads and writes enriched articles in PostgreSQL: idempotent upserts keyed by article id, lookups by id. */
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
    private static final String DELETE_ENTITIES = "DELETE FROM article_entities WHERE article_id = ANY (?)";
    private static final String INSERT_ENTITY = """
            INSERT INTO article_entities (article_id, entity_id, name, type, mentions) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id, entity_id) DO NOTHING
            """;
    private static final String SELECT_DOCUMENT = "SELECT document FROM articles WHERE id = ?";

    private final DataSource dataSource;

    public ArticleStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Stores the articles in one transaction, replacing any stored article with the same id; when an id occurs
     * more than once, the last occurrence wins, as it would have written one after the other.
     */
    public void upsert(List<EnrichedArticle> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        Collection<EnrichedArticle> latest = lastPerId(articles);
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                upsertArticles(connection, latest);
                replaceEntities(connection, latest);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(connection, e);
                throw e;
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

    private static void upsertArticles(Connection connection, Collection<EnrichedArticle> articles) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT_ARTICLE)) {
            for (EnrichedArticle article : articles) {
                Outlet publisher = article.outlet().publisher();
                upsert.setString(1, article.id());
                upsert.setString(2, article.url());
                upsert.setString(3, article.title());
                upsert.setString(4, publisher == null ? null : publisher.name());
                upsert.setString(5, publisher == null ? null : publisher.id());
                upsert.setString(6, article.language());
                upsert.setString(7, article.channel() == null ? null : article.channel().wireName());
                upsert.setString(8, article.duplicateOf());
                upsert.setObject(9, timestamp(article.publishedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                upsert.setObject(10, timestamp(article.receivedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                upsert.setObject(11, timestamp(article.enrichedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                upsert.setString(12, article.enricherVersion());
                upsert.setString(13, toJson(article));
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    // Re-enrichment may find fewer entities: drop the old ones rather than merge.
    private static void replaceEntities(Connection connection, Collection<EnrichedArticle> articles) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(DELETE_ENTITIES);
             PreparedStatement insert = connection.prepareStatement(INSERT_ENTITY)) {
            String[] ids = articles.stream().map(EnrichedArticle::id).toArray(String[]::new);
            delete.setArray(1, connection.createArrayOf("text", ids));
            delete.executeUpdate();
            boolean any = false;
            for (EnrichedArticle article : articles) {
                for (Entity entity : article.entities()) {
                    insert.setString(1, article.id());
                    insert.setString(2, entity.id());
                    insert.setString(3, entity.name());
                    insert.setString(4, entity.type() == null ? null : entity.type().name());
                    insert.setInt(5, entity.mentions());
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    private static Collection<EnrichedArticle> lastPerId(List<EnrichedArticle> articles) {
        Map<String, EnrichedArticle> latest = new LinkedHashMap<>();
        for (EnrichedArticle article : articles) {
            latest.remove(article.id());
            latest.put(article.id(), article);
        }
        return new ArrayList<>(latest.values());
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
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

    private static void rollbackQuietly(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            cause.addSuppressed(rollbackFailure);
        }
    }
}
