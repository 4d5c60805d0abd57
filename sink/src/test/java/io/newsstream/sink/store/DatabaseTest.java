package io.newsstream.sink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.testing.Await;
import io.newsstream.sink.ArticleBuilder;
import io.newsstream.sink.Articles;
import io.newsstream.sink.HangingProxy;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    private static final Duration AT_ONCE = Duration.ofMillis(500);

    @TempDir
    Path dataDir;

    @Test
    void migrationsCreateTheSchema() {
        TestPostgres.database();

        assertThat(ArticleStoreTest.column("SELECT version FROM flyway_schema_history WHERE success")).contains("1", "2", "3", "4");
        assertThat(ArticleStoreTest.column(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'"))
                .contains("id", "title", "url", "publisher", "published_at", "received_at", "enriched_at",
                        "enricher_version", "document", "stored_at", "updated_at", "listed_at", "store_seq")
                .as("the search vector is the indexer's, out of the article's row").doesNotContain("search");
        assertThat(ArticleStoreTest.column("SELECT indexname FROM pg_indexes WHERE tablename = 'articles'"))
                .contains("articles_listed_at_id");
        assertThat(ArticleStoreTest.column("SELECT indexname FROM pg_indexes WHERE tablename = 'article_search'"))
                .contains("article_search_search", "article_search_indexed_seq");
        assertThat(ArticleStoreTest.column("SELECT data_type FROM information_schema.columns "
                + "WHERE table_name = 'articles' AND column_name = 'document'")).containsExactly("jsonb");
        assertThat(ArticleStoreTest.column("SELECT table_name FROM information_schema.tables "
                + "WHERE table_name IN ('article_entities', 'article_outlets', 'article_stances', "
                + "'article_speaker_stances', 'article_entity_stances', 'article_stream')")).hasSize(6);
        assertThat(ArticleStoreTest.column("SELECT indexname FROM pg_indexes WHERE tablename = 'article_stream'"))
                .contains("article_stream_store_seq");
    }

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() {
        long applied = ArticleStoreTest.count("SELECT count(*) FROM flyway_schema_history");

        Database.using(TestPostgres.dataSource());

        assertThat(ArticleStoreTest.count("SELECT count(*) FROM flyway_schema_history")).isEqualTo(applied)
                .isGreaterThanOrEqualTo(6);
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

    @Test
    void upgradingFromVersion3KeepsEachArticlesSequenceAndStreamsWritesOfOlderSinks() throws SQLException {
        String schema = "upgrade_from_v3";
        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            migrate(schema, "3");
            statement.execute(olderSinkWrite(schema, 7));
            statement.execute(olderSinkWrite(schema, 8));
            List<String> before = ArticleStoreTest.column("SELECT store_seq FROM " + schema + ".articles ORDER BY id");

            migrate(schema, "latest");

            assertThat(ArticleStoreTest.column("SELECT store_seq FROM " + schema + ".article_stream ORDER BY article_id"))
                    .isEqualTo(before);
            // A sink of the previous version, still running during the roll-out, writes as it always did.
            statement.execute(olderSinkWrite(schema, 7));
            statement.execute(olderSinkWrite(schema, 9));
            assertThat(ArticleStoreTest.column("SELECT a.store_seq = s.store_seq FROM " + schema + ".articles a JOIN "
                    + schema + ".article_stream s ON s.article_id = a.id")).containsExactly("t", "t", "t");
            assertThat(ArticleStoreTest.column("SELECT article_id FROM " + schema + ".article_stream ORDER BY store_seq"))
                    .containsExactly(ArticleBuilder.id(8), ArticleBuilder.id(7), ArticleBuilder.id(9));
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    @Test
    void upgradingFromVersion6KeepsStoredArticlesSearchableWithoutReindexing() throws SQLException {
        String schema = "upgrade_from_v6";
        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            migrate(schema, "6");
            statement.execute("INSERT INTO " + schema + ".articles (id, title, language, received_at, document)"
                    + " VALUES ('" + ArticleBuilder.id(7) + "', 'Verhandlungen in Lindmoor', 'de', now(),"
                    + " '{\"body\": \"Die Gespraeche gehen weiter.\"}'::jsonb)");

            migrate(schema, "latest");

            assertThat(ArticleStoreTest.column("SELECT x.article_id FROM " + schema + ".article_search x JOIN " + schema
                    + ".article_stream s ON s.article_id = x.article_id AND s.store_seq = x.indexed_seq"
                    + " WHERE x.search @@ websearch_to_tsquery('german', 'verhandlung gespraeche')"))
                    .as("indexed as of its current write, in its own language").containsExactly(ArticleBuilder.id(7));
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }

    // The upsert of sinks before V4, reduced to what concerns the sequence.
    private static String olderSinkWrite(String schema, int number) {
        return "INSERT INTO " + schema + ".articles (id, received_at, document) VALUES ('" + ArticleBuilder.id(number)
                + "', now(), '{}'::jsonb) ON CONFLICT (id) DO UPDATE SET updated_at = now(),"
                + " store_seq = nextval('" + schema + ".articles_store_seq')";
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
    void queriesShareAPoolInsteadOfOpeningAConnectionEachAndItsMetersAreRegistered() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (Database database = Database.open(external(TestPostgres.jdbcUrl(), Map.of(SinkConfig.POOL_SIZE, "3")),
                registry)) {
            Set<Integer> backends = new HashSet<>();
            for (int i = 0; i < 20; i++) {
                backends.add(Integer.parseInt(single(database.queries(), "SELECT pg_backend_pid()")));
            }

            assertThat(backends).hasSizeBetween(1, 3);
            assertThat(registry.get("hikaricp.connections.max").tag("pool", "newsstream-sink-query").gauge().value())
                    .isEqualTo(3);
            assertThat(registry.get("hikaricp.connections.max").tag("pool", "newsstream-sink-write").gauge().value())
                    .isEqualTo(1);
            assertThat(registry.get("hikaricp.connections.max").tag("pool", "newsstream-sink-index").gauge().value())
                    .isEqualTo(1);
        }
    }

    @Test
    void theDatabaseCancelsAQueryThatRunsPastTheQueryTimeout() throws Exception {
        try (Database database = Database.open(external(TestPostgres.jdbcUrl(),
                Map.of(SinkConfig.QUERY_TIMEOUT, "200ms")), new SimpleMeterRegistry())) {
            assertThatThrownBy(() -> single(database.queries(), "SELECT pg_sleep(30)::text"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("57014"));
            // The writer is not bound by it: a batch may take longer than a query.
            assertThat(single(database.dataSource(), "SELECT pg_sleep(0.5)::text")).isEmpty();
        }
    }

    @Test
    void readinessAnswersAtOnceWhileTheDatabaseHangsAndQueriesFailInsteadOfWaiting() throws Exception {
        try (HangingProxy proxy = new HangingProxy(TestPostgres.port());
             Database database = Database.open(external("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/newsstream",
                     Map.of(SinkConfig.CONNECTION_TIMEOUT, "500ms", SinkConfig.QUERY_TIMEOUT, "1s")),
                     new SimpleMeterRegistry())) {
            assertThat(database.problem()).isEmpty();

            proxy.hang();

            assertThat(problemOnceItShows(database)).hasValueSatisfying(problem -> assertThat(problem).contains("database"));
            assertThatThrownBy(() -> single(database.queries(), "SELECT 'answered'")).isInstanceOf(SQLException.class);

            proxy.resume();

            Await.until(() -> database.problem().isEmpty(), "the database to answer again");
            assertThat(single(database.queries(), "SELECT 'answered'")).isEqualTo("answered");
        }
    }

    // Every readiness answer comes at once, hang or not; within a few seconds one says the database does not answer.
    private static Optional<String> problemOnceItShows(Database database) throws Exception {
        return Await.value(() -> assertTimeoutPreemptively(AT_ONCE, database::problem, "readiness waited for the hung database"),
                Optional::isPresent, Await.PATIENCE, last -> "readiness to say the database does not answer");
    }

    private static SinkConfig external(String jdbcUrl, Map<String, String> settings) {
        Map<String, String> all = new HashMap<>(settings);
        all.put(SinkConfig.JDBC_URL, jdbcUrl);
        all.put(SinkConfig.JDBC_USER, "postgres");
        return SinkConfig.from(SinkConfig.KNOWN.settingsOf(all));
    }

    private static String single(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void embeddedDatabaseKeepsArticlesAcrossRestarts() throws Exception {
        SinkConfig config = SinkConfig.from(SinkConfig.KNOWN.settingsOf(Map.of(SinkConfig.DATA_DIR, dataDir.toString())));
        assertThat(config.embeddedDatabase()).isTrue();

        try (Database first = Database.open(config, new SimpleMeterRegistry())) {
            new ArticleStore(first.dataSource()).upsert(List.of(Articles.harbour()));
        }
        try (Database second = Database.open(config, new SimpleMeterRegistry())) {
            assertThat(new ArticleStore(second.dataSource()).find(Articles.HARBOUR_ID)).contains(Articles.harbour());
            assertThat(second.problem()).isEmpty();
        }
    }
}
