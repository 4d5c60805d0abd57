package io.newsstream.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.config.Settings;
import io.newsstream.sink.ArticleBuilder;
import io.newsstream.sink.Articles;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void migrationsCreateTheSchema() {
        TestPostgres.database();

        assertThat(ArticleStoreTest.column("SELECT version FROM flyway_schema_history WHERE success")).contains("1", "2", "3");
        assertThat(ArticleStoreTest.column(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'"))
                .contains("id", "title", "url", "publisher", "published_at", "received_at", "enriched_at",
                        "enricher_version", "document", "stored_at", "updated_at", "listed_at", "store_seq", "search");
        assertThat(ArticleStoreTest.column("SELECT indexname FROM pg_indexes WHERE tablename = 'articles'"))
                .contains("articles_listed_at_id", "articles_search", "articles_store_seq_key");
        assertThat(ArticleStoreTest.column("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'articles' AND column_name = 'document'")).containsExactly("jsonb");
        assertThat(ArticleStoreTest.column("SELECT table_name FROM information_schema.tables "
                + "WHERE table_name IN ('article_entities', 'article_outlets', 'article_stances', "
                + "'article_speaker_stances', 'article_entity_stances')")).hasSize(5);
    }

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() {
        Database.using(TestPostgres.dataSource());

        assertThat(ArticleStoreTest.count("SELECT count(*) FROM flyway_schema_history")).isEqualTo(3);
    }

    @Test
    void upgradingFromVersion2FillsEntityStancesFromStoredDocuments() throws SQLException {
        // A schema of its own, so the shared test database stays as every other test expects it.
        String schema = "upgrade_from_v2";
        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            migrate(schema, "2");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + schema
                    + ".articles (id, received_at, document) VALUES (?, now(), ?::jsonb)")) {
                insert.setString(1, ArticleBuilder.id(7));
                insert.setString(2, new String(Articles.json(ArticleBuilder.article(7)
                        .portrays("Elsa Varga", EntityType.PERSON, Polarity.NEGATIVE)
                        .portrays("Lindmoor Fishers Union", EntityType.ORG, Polarity.POSITIVE)
                        .portrays("Elsa Varga", EntityType.PERSON, Polarity.NEUTRAL)
                        .build()), StandardCharsets.UTF_8));
                insert.executeUpdate();
            }

            migrate(schema, "latest");

            assertThat(ArticleStoreTest.column("SELECT entity || ':' || type || ':' || label || ':' || confidence FROM "
                    + schema + ".article_entity_stances ORDER BY entity")).containsExactly(
                    "Elsa Varga:PERSON:NEGATIVE:0.7", "Lindmoor Fishers Union:ORG:POSITIVE:0.7");
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    private static void migrate(String schema, String target) {
        Flyway.configure().dataSource(TestPostgres.dataSource()).schemas(schema)
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    @Test
    void databaseThatAnswersHasNoProblem() {
        assertThat(TestPostgres.database().problem()).isEmpty();
    }

    @Test
    void embeddedDatabaseKeepsArticlesAcrossRestarts() throws Exception {
        SinkConfig config = SinkConfig.from(Settings.of(Map.of(SinkConfig.DATA_DIR, dataDir.toString())));
        assertThat(config.embeddedDatabase()).isTrue();

        try (Database first = Database.open(config)) {
            new ArticleStore(first.dataSource()).upsert(List.of(Articles.harbour()));
        }
        try (Database second = Database.open(config)) {
            assertThat(new ArticleStore(second.dataSource()).find(Articles.HARBOUR_ID)).contains(Articles.harbour());
            assertThat(second.problem()).isEmpty();
        }
    }
}
