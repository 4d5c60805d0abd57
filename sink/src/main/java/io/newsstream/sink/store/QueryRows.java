package io.newsstream.sink.store;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityStance;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.SpeakerStance;
import io.newsstream.core.article.Stance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * Rewrites the query tables ({@code article_entities}, {@code article_outlets}, {@code article_stances},
 * {@code article_speaker_stances}, {@code article_entity_stances}) of a batch of articles inside the caller's transaction: every old row of the
 * batch's ids is deleted, then the new ones inserted, so re-enrichment that finds less leaves nothing behind. The
 * tables have no foreign keys (V8): this class, called after the article rows are written, is what keeps them in
 * step with {@code articles}.
 */
final class QueryRows {

    private static final List<String> TABLES = List.of("article_entities", "article_outlets", "article_stances",
            "article_speaker_stances", "article_entity_stances");
    private static final String INSERT_ENTITY = """
            INSERT INTO article_entities (article_id, entity_id, name, type, mentions) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id, entity_id) DO NOTHING
            """;
    private static final String INSERT_OUTLET = """
            INSERT INTO article_outlets (article_id, role, outlet_id, name) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id, role, outlet_id) DO NOTHING
            """;
    private static final String INSERT_STANCE = """
            INSERT INTO article_stances (article_id, target, label, confidence) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id, target) DO NOTHING
            """;
    private static final String INSERT_SPEAKER_STANCE = """
            INSERT INTO article_speaker_stances (article_id, target, speaker, label) VALUES (?, ?, ?, ?)
            ON CONFLICT (article_id, target, speaker) DO NOTHING
            """;
    // A batch runs in order, so when an article lists an entity twice its first label is the one kept.
    private static final String INSERT_ENTITY_STANCE = """
            INSERT INTO article_entity_stances (article_id, entity, type, label, confidence) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (article_id, entity) DO NOTHING
            """;

    private QueryRows() {
    }

    static void replace(Connection connection, Collection<EnrichedArticle> articles) throws SQLException {
        deleteAll(connection, articles);
        try (PreparedStatement entities = connection.prepareStatement(INSERT_ENTITY);
             PreparedStatement outlets = connection.prepareStatement(INSERT_OUTLET);
             PreparedStatement stances = connection.prepareStatement(INSERT_STANCE);
             PreparedStatement speakers = connection.prepareStatement(INSERT_SPEAKER_STANCE);
             PreparedStatement portrayals = connection.prepareStatement(INSERT_ENTITY_STANCE)) {
            for (EnrichedArticle article : articles) {
                addEntities(entities, article);
                addOutlets(outlets, article);
                addStances(stances, speakers, article);
                addEntityStances(portrayals, article);
            }
            entities.executeBatch();
            outlets.executeBatch();
            stances.executeBatch();
            speakers.executeBatch();
            portrayals.executeBatch();
        }
    }

    private static void deleteAll(Connection connection, Collection<EnrichedArticle> articles) throws SQLException {
        String[] ids = ArticleStore.ids(articles);
        for (String table : TABLES) {
            // The table name comes from the fixed list above; only the ids are data, and they are bound.
            try (PreparedStatement delete =
                         connection.prepareStatement("DELETE FROM " + table + " WHERE article_id = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("text", ids));
                delete.executeUpdate();
            }
        }
    }

    private static void addEntities(PreparedStatement insert, EnrichedArticle article) throws SQLException {
        for (Entity entity : article.entities()) {
            insert.setString(1, article.id());
            insert.setString(2, entity.id());
            insert.setString(3, entity.name());
            insert.setString(4, entity.type() == null ? null : entity.type().name());
            insert.setInt(5, entity.mentions());
            insert.addBatch();
        }
    }

    private static void addOutlets(PreparedStatement insert, EnrichedArticle article) throws SQLException {
        OutletAttribution attribution = article.outlet();
        addOutlet(insert, article, "publisher", attribution.publisher());
        addOutlet(insert, article, "source", attribution.source());
        for (Outlet cited : attribution.cited()) {
            addOutlet(insert, article, "cited", cited);
        }
    }

    // An outlet known by name only is still filterable by that name; one with neither is nothing to filter on.
    private static void addOutlet(PreparedStatement insert, EnrichedArticle article, String role, Outlet outlet)
            throws SQLException {
        if (outlet == null || (outlet.id() == null && outlet.name() == null)) {
            return;
        }
        insert.setString(1, article.id());
        insert.setString(2, role);
        insert.setString(3, outlet.id() != null ? outlet.id() : outlet.name());
        insert.setString(4, outlet.name());
        insert.addBatch();
    }

    private static void addStances(PreparedStatement stances, PreparedStatement speakers, EnrichedArticle article)
            throws SQLException {
        for (Stance stance : article.stances()) {
            if (stance.target() == null || stance.label() == null) {
                continue;
            }
            stances.setString(1, article.id());
            stances.setString(2, stance.target());
            stances.setString(3, stance.label().name());
            stances.setDouble(4, stance.confidence());
            stances.addBatch();
            for (SpeakerStance speaker : stance.speakers()) {
                if (speaker.entity() == null || speaker.label() == null) {
                    continue;
                }
                speakers.setString(1, article.id());
                speakers.setString(2, stance.target());
                speakers.setString(3, speaker.entity());
                speakers.setString(4, speaker.label().name());
                speakers.addBatch();
            }
        }
    }

    private static void addEntityStances(PreparedStatement insert, EnrichedArticle article) throws SQLException {
        for (EntityStance stance : article.entityStances()) {
            if (stance.entity() == null || stance.label() == null) {
                continue;
            }
            insert.setString(1, article.id());
            insert.setString(2, stance.entity());
            insert.setString(3, stance.type() == null ? null : stance.type().name());
            insert.setString(4, stance.label().name());
            insert.setDouble(5, stance.confidence());
            insert.addBatch();
        }
    }
}
