package io.newsstream.sink.index;

import static io.newsstream.sink.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.index.SearchIndex.IndexLag;
import io.newsstream.sink.store.ArticleStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Indexing batch by batch, as the indexer's rounds do, against the real database. */
class SearchIndexTest {

    private final ArticleStore store = new ArticleStore(TestPostgres.dataSource());
    private final SearchIndex index = new SearchIndex(TestPostgres.dataSource());

    @BeforeEach
    void emptyStore() {
        TestPostgres.clean();
    }

    @Test
    void batchesFollowTheWriteOrderAndAnInterruptedRunResumesWhereItStopped() throws SQLException {
        store.upsert(List.of(article(1).title("First").build(), article(2).title("Second").build(),
                article(3).title("Third").build()));

        assertThat(index.indexNext(2)).isEqualTo(2);
        assertThat(matches("first | second | third")).isEqualTo(2);
        assertThat(index.lag().waiting()).isEqualTo(1);

        // A new instance knows nothing but what the index holds.
        SearchIndex afterRestart = new SearchIndex(TestPostgres.dataSource());
        assertThat(afterRestart.indexNext(2)).isEqualTo(1);
        assertThat(afterRestart.indexNext(2)).isZero();
        assertThat(matches("third")).isEqualTo(1);
        assertThat(afterRestart.lag()).isEqualTo(IndexLag.NONE);
    }

    @Test
    void titleWeighsMoreThanBodyInTheArticlesOwnLanguage() throws SQLException {
        store.upsert(List.of(article(1).title("Verhandlungen gehen weiter").body("In Lindmoor.").language("de").build()));

        index.indexAll(10);

        assertThat(single("SELECT search::text FROM article_search"))
                .contains("'verhandl':1A").containsPattern("'lindmoor':[0-9]+B");
    }

    @Test
    void theLagCountsNewAndRewrittenArticlesAndDatesTheOldest() throws SQLException {
        Instant before = Instant.now().minusSeconds(1);
        store.upsert(List.of(article(1).title("First").build()));
        index.indexAll(10);
        store.upsert(List.of(article(2).title("Second").build()));
        store.upsert(List.of(article(1).title("First revised").build()));

        IndexLag lag = index.lag();

        assertThat(lag.waiting()).isEqualTo(2);
        assertThat(lag.oldestWaitingSince()).isAfter(before).isBeforeOrEqualTo(Instant.now());
        assertThat(index.indexAll(10)).isEqualTo(2);
        assertThat(matches("revised")).isEqualTo(1);
    }

    @Test
    void anotherInstanceIndexingMakesThisOneWaitItsTurn() throws SQLException {
        store.upsert(List.of(article(1).title("First").build()));
        try (Connection other = TestPostgres.dataSource().getConnection();
             PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_xact_lock(" + SearchIndex.LOCK + ")")) {
            other.setAutoCommit(false);
            lock.execute();

            assertThat(index.indexNext(10)).isZero();

            other.rollback();
        }
        assertThat(index.indexNext(10)).isEqualTo(1);
    }

    private static long matches(String query) throws SQLException {
        return Long.parseLong(single("SELECT count(*) FROM article_search WHERE search @@ to_tsquery('english', '"
                + query + "')"));
    }

    private static String single(String sql) throws SQLException {
        try (Connection connection = TestPostgres.dataSource().getConnection();
             PreparedStatement select = connection.prepareStatement(sql);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }
}
