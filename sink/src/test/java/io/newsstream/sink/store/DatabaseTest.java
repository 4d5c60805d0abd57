package io.newsstream.sink.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.config.Settings;
import io.newsstream.sink.Articles;
import io.newsstream.sink.SinkConfig;
import io.newsstream.sink.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void migrationsCreateTheSchema() {
        TestPostgres.database();

        assertThat(ArticleStoreTest.column("SELECT version FROM flyway_schema_history WHERE success")).contains("1", "2");
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
                + "'article_speaker_stances')")).hasSize(4);
    }

    @Test
    void migratingAnUpToDateDatabaseChangesNothing() {
        Database.using(TestPostgres.dataSource());

        assertThat(ArticleStoreTest.count("SELECT count(*) FROM flyway_schema_history")).isEqualTo(2);
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
