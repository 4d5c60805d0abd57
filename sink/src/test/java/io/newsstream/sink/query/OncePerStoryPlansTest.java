package io.newsstream.sink.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.sink.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plans of the copy and story queries on 5,000 articles, 40% of them copies: the {@code duplicateOf} and
 * {@code storyId} filters go through their indexes, and every plan with its execution time is printed (decision
 * 0014 quotes them; times are printed, never asserted).
 */
class OncePerStoryPlansTest {

    private static final int ARTICLES = 5_000;
    private static final String FIRST = "%032x".formatted(1);

    // Blocks of five: the first three are originals, the last two copies of the block's first; blocks of twenty
    // articles make a story cluster. Fifty outlets, one article every eight minutes from 2031-03-01 (four weeks).
    private static final String SEED_ARTICLES = """
            INSERT INTO articles (id, title, publisher, publisher_id, language, channel, duplicate_of, published_at,
                                  received_at, document)
            SELECT lpad(to_hex(n), 32, '0'), 'Article ' || n, 'Outlet ' || n % 50, 'outlet-' || n % 50, 'en', 'http',
                   CASE WHEN n % 5 IN (3, 4) THEN lpad(to_hex(n - n % 5 + 1), 32, '0') END,
                   timestamptz '2031-03-01T00:00:00Z' + n * interval '8 minutes',
                   timestamptz '2031-03-01T00:00:00Z' + n * interval '8 minutes',
                   jsonb_build_object('id', lpad(to_hex(n), 32, '0'), 'body', 'Body of article ' || n,
                                      'storyId', lpad(to_hex((n - 1) / 20 * 20 + 1), 32, '0'))
            FROM generate_series(1, ?) AS n
            """;
    private static final String SEED_OUTLETS = """
            INSERT INTO article_outlets (article_id, role, outlet_id, name)
            SELECT lpad(to_hex(n), 32, '0'), 'publisher', 'outlet-' || n % 50, 'Outlet ' || n % 50
            FROM generate_series(1, ?) AS n
            """;
    private static final String SEED_ENTITIES = """
            INSERT INTO article_entities (article_id, entity_id, name, type, mentions)
            SELECT DISTINCT ON (a.id, 'entity-' || (n * k) % 300) a.id, 'entity-' || (n * k) % 300,
                   'Entity ' || (n * k) % 300, 'PERSON', k
            FROM generate_series(1, ?) AS n, generate_series(1, 3) AS k, articles a
            WHERE a.id = lpad(to_hex(n), 32, '0')
            """;
    private static final String SEED_STANCES = """
            INSERT INTO article_stances (article_id, target, label, confidence)
            SELECT lpad(to_hex(n), 32, '0'), 'target-' || n % 10, (ARRAY['FAVOR', 'AGAINST', 'NEUTRAL'])[n % 3 + 1], 0.8
            FROM generate_series(1, ?) AS n
            """;
    private static final String SEED_PORTRAYALS = """
            INSERT INTO article_entity_stances (article_id, entity, type, label, confidence)
            SELECT lpad(to_hex(n), 32, '0'), 'Person ' || n % 40, 'PERSON',
                   (ARRAY['POSITIVE', 'NEGATIVE', 'NEUTRAL'])[n % 3 + 1], 0.7
            FROM generate_series(1, ?) AS n
            """;

    @BeforeAll
    static void seedFiveThousandArticlesFortyPercentCopies() throws SQLException {
        TestPostgres.clean();
        try (Connection connection = TestPostgres.dataSource().getConnection()) {
            for (String seed : List.of(SEED_ARTICLES, SEED_OUTLETS, SEED_ENTITIES, SEED_STANCES, SEED_PORTRAYALS)) {
                try (PreparedStatement insert = connection.prepareStatement(seed)) {
                    insert.setInt(1, ARTICLES);
                    insert.executeUpdate();
                }
            }
            try (Statement analyze = connection.createStatement()) {
                analyze.execute("ANALYZE articles, article_outlets, article_entities, article_stances,"
                        + " article_entity_stances");
            }
        }
    }

    @AfterAll
    static void clean() {
        TestPostgres.clean();
    }

    @Test
    void duplicateOfAndStoryIdListsReadTheirIndexesNotEveryArticle() throws Exception {
        String copies = plan(list("duplicateOf=" + FIRST));
        String story = plan(list("storyId=" + FIRST));

        assertThat(copies).contains("articles_duplicate_of").doesNotContain("Seq Scan on articles");
        assertThat(story).contains("articles_story").doesNotContain("Seq Scan on articles");
    }

    @Test
    void printsThePlansOfUniqueListsAndOfStatisticsCountingOriginalsOrArticles() throws Exception {
        List<String> plans = new ArrayList<>();
        plans.add(plan(list("unique=true")));
        plans.add(plan(list("unique=true&outlet=outlet-7&since=2031-03-10")));
        for (String count : List.of("originals", "articles")) {
            plans.add(plan(VolumeStats.statement(parse("by=outlet&count=" + count, VolumeStats.PARAMETERS))));
            plans.add(plan(StanceStats.statement(parse("target=target-1&count=" + count, StanceStats.PARAMETERS))));
            plans.add(plan(PortrayalStats.statement(parse("entity=Person%201&count=" + count,
                    PortrayalStats.PARAMETERS))));
            plans.add(plan(TopEntities.statement(parse("count=" + count, TopEntities.PARAMETERS))));
        }

        assertThat(plans).allSatisfy(plan -> assertThat(plan).contains("Execution Time"));
    }

    private static SqlStatement list(String query) throws BadParameterException {
        return ArticleQuerySql.page(ArticleQuery.from(parse(query, ArticleQuery.PARAMETERS)));
    }

    private static QueryParameters parse(String query, Set<String> known) throws BadParameterException {
        return QueryParameters.parse(query, known);
    }

    /**
     * EXPLAIN ANALYZE of the statement with its values bound, printed and returned: the second of two runs, so that
     * each query is timed with the pages it reads in memory, whichever ran before it.
     */
    private static String plan(SqlStatement statement) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Connection connection = TestPostgres.dataSource().getConnection();
             PreparedStatement explain = new SqlStatement("EXPLAIN ANALYZE " + statement.sql(),
                     statement.parameters()).prepare(connection)) {
            for (int run = 0; run < 2; run++) {
                plan.setLength(0);
                plan.append(statement.sql()).append('\n');
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append("  ").append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        System.out.println(plan);
        return plan.toString();
    }
}
