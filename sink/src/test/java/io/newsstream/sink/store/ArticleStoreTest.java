package io.newsstream.sink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.Stance;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.json.Json;
import io.newsstream.sink.ArticleBuilder;
import io.newsstream.sink.Articles;
import io.newsstream.sink.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleStoreTest {

    private final ArticleStore store = new ArticleStore(TestPostgres.dataSource());

    @BeforeEach
    void emptyTables() {
        TestPostgres.clean();
    }

    @Test
    void storedArticleReadsBackEqual() throws SQLException {
        EnrichedArticle article = Articles.harbour();

        store.upsert(List.of(article));

        assertThat(store.find(article.id())).contains(article);
    }

    @Test
    void unknownIdFindsNothing() throws SQLException {
        assertThat(store.find("0123456789abcdef")).isEmpty();
    }

    @Test
    void writingTheSameArticleTwiceLeavesOneRowHoldingTheSecondVersion() throws SQLException {
        store.upsert(List.of(Articles.harbour()));
        store.upsert(List.of(Articles.harbourReEnriched()));

        assertThat(count("SELECT count(*) FROM articles")).isEqualTo(1);
        assertThat(store.find(Articles.HARBOUR_ID)).contains(Articles.harbourReEnriched());
        assertThat(single("SELECT title FROM articles")).isEqualTo("Harbour wall rebuild approved");
        assertThat(single("SELECT enricher_version FROM articles")).isEqualTo("test-2");
    }

    @Test
    void rewritingKeepsStoredAtAndMovesUpdatedAt() throws SQLException {
        store.upsert(List.of(Articles.harbour()));
        String storedAt = single("SELECT stored_at FROM articles");
        // now() is the transaction's start, so each write sees a new one.
        store.upsert(List.of(Articles.harbourReEnriched()));

        assertThat(single("SELECT stored_at FROM articles")).isEqualTo(storedAt);
        assertThat(count("SELECT count(*) FROM articles WHERE updated_at > stored_at")).isEqualTo(1);
    }

    @Test
    void reEnrichmentReplacesTheEntitiesOfTheArticle() throws SQLException {
        store.upsert(List.of(Articles.harbour()));
        assertThat(column("SELECT entity_id FROM article_entities ORDER BY entity_id"))
                .containsExactly("loc:lindmoor", "person:elsa-varga");

        store.upsert(List.of(Articles.harbourReEnriched()));

        assertThat(column("SELECT entity_id FROM article_entities")).containsExactly("person:elsa-varga");
    }

    @Test
    void reEnrichmentReplacesOutletAndStanceRowsInTheSameWrite() throws SQLException {
        store.upsert(List.of(Articles.harbour()));
        assertThat(column("SELECT role || ':' || outlet_id FROM article_outlets ORDER BY 1"))
                .containsExactly("cited:coastal-wire", "publisher:lindmoor-gazette", "source:coastal-wire");
        assertThat(column("SELECT target || ':' || label FROM article_stances")).containsExactly("harbour-rebuild:FAVOR");
        assertThat(column("SELECT speaker || ':' || label FROM article_speaker_stances"))
                .containsExactly("Elsa Varga:FAVOR");
        assertThat(column("SELECT entity || ':' || type || ':' || label FROM article_entity_stances"))
                .containsExactly("Elsa Varga:PERSON:POSITIVE");

        EnrichedArticle first = Articles.harbour();
        EnrichedArticle reEnriched = new EnrichedArticle(first.id(), first.url(), first.title(), first.text(),
                first.outletHint(), first.language(), first.publishedAt(), first.receivedAt(), first.channel(),
                first.feed(), first.body(), first.wordCount(), first.authors(),
                new OutletAttribution(first.outlet().publisher(), null, List.of()), first.entities(),
                List.of(new Stance("harbour-rebuild", StanceLabel.NEUTRAL, 0.5, List.of(), List.of())), List.of(), null,
                first.enrichedAt(), "test-2");
        store.upsert(List.of(reEnriched));

        assertThat(column("SELECT role || ':' || outlet_id FROM article_outlets"))
                .containsExactly("publisher:lindmoor-gazette");
        assertThat(column("SELECT target || ':' || label FROM article_stances")).containsExactly("harbour-rebuild:NEUTRAL");
        assertThat(count("SELECT count(*) FROM article_speaker_stances")).isZero();
        assertThat(count("SELECT count(*) FROM article_entity_stances")).isZero();
    }

    @Test
    void anEntityPortrayedTwiceInOneArticleKeepsItsFirstLabel() throws SQLException {
        store.upsert(List.of(ArticleBuilder.article(1)
                .portrays("Elsa Varga", EntityType.PERSON, Polarity.NEGATIVE)
                .portrays("Lindmoor Fishers Union", EntityType.ORG, Polarity.NEUTRAL)
                .portrays("Elsa Varga", EntityType.PERSON, Polarity.POSITIVE)
                .build()));

        assertThat(column("SELECT entity || ':' || label FROM article_entity_stances ORDER BY entity"))
                .containsExactly("Elsa Varga:NEGATIVE", "Lindmoor Fishers Union:NEUTRAL");
    }

    @Test
    void everyWriteTakesANewHigherSequenceReturnedInWriteOrder() throws SQLException {
        List<StoredArticle> first = store.upsert(List.of(Articles.harbour(), Articles.market(Articles.MARKET_ID, "Market")));
        List<StoredArticle> second = store.upsert(List.of(Articles.harbourReEnriched()));

        assertThat(first).extracting(stored -> stored.article().id()).containsExactly(Articles.HARBOUR_ID, Articles.MARKET_ID);
        assertThat(first.get(1).sequence()).isGreaterThan(first.get(0).sequence());
        assertThat(second).singleElement().satisfies(stored -> {
            assertThat(stored.article()).isEqualTo(Articles.harbourReEnriched());
            assertThat(stored.sequence()).isGreaterThan(first.get(1).sequence());
        });
        assertThat(count("SELECT store_seq FROM article_stream WHERE article_id = '" + Articles.HARBOUR_ID + "'"))
                .isEqualTo(second.get(0).sequence());
    }

    @Test
    void aBatchOfStoredAndNewArticlesReplacesTheOneAndAddsTheOther() throws SQLException {
        store.upsert(List.of(Articles.harbour()));

        List<StoredArticle> stored = store.upsert(List.of(Articles.market(Articles.MARKET_ID, "Market"),
                Articles.harbourReEnriched()));

        assertThat(stored).extracting(StoredArticle::article)
                .containsExactlyInAnyOrder(Articles.market(Articles.MARKET_ID, "Market"), Articles.harbourReEnriched());
        assertThat(count("SELECT count(*) FROM articles")).isEqualTo(2);
        assertThat(store.find(Articles.HARBOUR_ID)).contains(Articles.harbourReEnriched());
        assertThat(store.find(Articles.MARKET_ID)).contains(Articles.market(Articles.MARKET_ID, "Market"));
    }

    @Test
    void whenABatchHoldsAnIdTwiceTheLaterVersionWins() throws SQLException {
        store.upsert(List.of(Articles.harbour(), Articles.market(Articles.MARKET_ID, "Market"),
                Articles.harbourReEnriched()));

        assertThat(count("SELECT count(*) FROM articles")).isEqualTo(2);
        assertThat(store.find(Articles.HARBOUR_ID)).contains(Articles.harbourReEnriched());
    }

    @Test
    void filterColumnsHoldTheArticlesFields() throws SQLException {
        store.upsert(List.of(Articles.harbour()));

        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT url, publisher, publisher_id, channel, published_at, listed_at, document->>'body' FROM articles")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("https://gazette.example/news/harbour-wall");
            assertThat(row.getString(2)).isEqualTo("Lindmoor Gazette");
            assertThat(row.getString(3)).isEqualTo("lindmoor-gazette");
            assertThat(row.getString(4)).isEqualTo("http");
            assertThat(row.getObject(5, OffsetDateTime.class).toInstant()).isEqualTo(Articles.harbour().publishedAt());
            assertThat(row.getObject(6, OffsetDateTime.class).toInstant()).isEqualTo(Articles.harbour().publishedAt());
            assertThat(row.getString(7)).isEqualTo(Articles.harbour().body());
        }
    }

    @Test
    void articleWithoutPublicationTimeIsListedByArrival() throws SQLException {
        EnrichedArticle market = Articles.market(Articles.MARKET_ID, "Market");
        store.upsert(List.of(market));

        assertThat(single("SELECT listed_at = received_at FROM articles")).isEqualTo("t");
    }

    @Test
    void contentPostgresCannotStoreIsReportedAsRejectedData() {
        EnrichedArticle withNul = Articles.market(Articles.MARKET_ID, "Market\u0000day");

        assertThatThrownBy(() -> store.upsert(List.of(withNul)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(DatabaseErrors.isBadData(e)).isTrue());
        assertThat(count("SELECT count(*) FROM articles")).isZero();
    }

    @Test
    void timeOutsideTheStoredYearsIsBadDataNamingItsField() throws Exception {
        EnrichedArticle harbour = Articles.harbour();
        EnrichedArticle farFuture = Json.mapper().readValue(
                Articles.harbourPublishedAt("+999999999-12-31T23:59:59-18:00"), EnrichedArticle.class);
        EnrichedArticle beforeYearOne = new EnrichedArticle(harbour.id(), harbour.url(), harbour.title(),
                harbour.text(), harbour.outletHint(), harbour.language(), harbour.publishedAt(),
                Instant.parse("-0001-12-31T00:00:00Z"), harbour.channel(), harbour.feed(), harbour.body(),
                harbour.wordCount(), harbour.authors(), harbour.outlet(), harbour.entities(), harbour.stances(),
                harbour.entityStances(), null, harbour.enrichedAt(), harbour.enricherVersion());

        assertThatThrownBy(() -> store.upsert(List.of(farFuture)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(DatabaseErrors.isBadData(e)).isTrue())
                .hasMessageContaining("publishedAt +1000000000-01-01T17:59:59Z is outside");
        assertThatThrownBy(() -> store.upsert(List.of(beforeYearOne)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(DatabaseErrors.isBadData(e)).isTrue())
                .hasMessageContaining("receivedAt");
        assertThat(count("SELECT count(*) FROM articles")).isZero();
    }

    @Test
    void outletNameTooLongToIndexIsBadData() {
        EnrichedArticle longHint = Articles.fromUnknownOutlet(Articles.MARKET_ID, Articles.randomWords(3000, 11));

        assertThatThrownBy(() -> store.upsert(List.of(longHint)))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    assertThat(DatabaseErrors.isBadData(e)).isTrue();
                    assertThat(DatabaseErrors.serverError(e).getSQLState()).isEqualTo("54000");
                });
    }

    @Test
    void malformedIdIsRejectedByTheSchema() {
        EnrichedArticle badId = Articles.market("Not-Hex!", "Market");

        assertThatThrownBy(() -> store.upsert(List.of(badId)))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(DatabaseErrors.isBadData(e)).isTrue());
    }

    @Test
    void aDeletedArticleTakesItsQueryRowsAndOnlyItsOwnWithIt() throws SQLException {
        EnrichedArticle other = ArticleBuilder.article(7).publisher("porto-post", "Porto Post")
                .entity("lisbon", "Lisbon", EntityType.LOCATION, 1).build();
        store.upsert(List.of(Articles.harbour(), other));
        long otherRows = queryRows(other.id());
        assertThat(queryRows(Articles.HARBOUR_ID)).isPositive();
        assertThat(otherRows).isPositive();

        execute("DELETE FROM articles WHERE id = '" + Articles.HARBOUR_ID + "'");

        assertThat(queryRows(Articles.HARBOUR_ID)).isZero();
        assertThat(queryRows(other.id())).isEqualTo(otherRows);
        execute("TRUNCATE articles CASCADE");
        assertThat(queryRows(other.id())).isZero();
    }

    // Rows of the five query tables that name the article (V8: no foreign keys, triggers remove them).
    private static long queryRows(String id) {
        return count(("SELECT (SELECT count(*) FROM article_entities WHERE article_id = '%1$s')"
                + " + (SELECT count(*) FROM article_outlets WHERE article_id = '%1$s')"
                + " + (SELECT count(*) FROM article_stances WHERE article_id = '%1$s')"
                + " + (SELECT count(*) FROM article_speaker_stances WHERE article_id = '%1$s')"
                + " + (SELECT count(*) FROM article_entity_stances WHERE article_id = '%1$s')").formatted(id));
    }

    @Test
    void aRejectedArticleRollsBackItsWholeBatch() {
        List<EnrichedArticle> batch = List.of(Articles.harbour(), Articles.market("Not-Hex!", "Market"));

        assertThatThrownBy(() -> store.upsert(batch)).isInstanceOf(SQLException.class);
        assertThat(count("SELECT count(*) FROM articles")).isZero();
    }

    private static void execute(String sql) {
        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static long count(String sql) {
        return Long.parseLong(single(sql));
    }

    static String single(String sql) {
        List<String> values = column(sql);
        assertThat(values).hasSize(1);
        return values.get(0);
    }

    static List<String> column(String sql) {
        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
