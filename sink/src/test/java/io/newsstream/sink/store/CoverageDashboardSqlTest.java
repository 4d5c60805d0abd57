package io.newsstream.sink.store;

import static io.newsstream.sink.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.core.article.EntityType;
import io.newsstream.sink.TestPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the Coverage dashboard's entity panels runs on the sink's real schema: Grafana's macros and variables
 * expanded as its PostgreSQL datasource does, the queries run on a few stored articles.
 */
class CoverageDashboardSqlTest {

    private static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "dashboards", "coverage.json");

    @BeforeAll
    static void storeArticles() throws SQLException {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(
                article(1).published("2031-03-01T09:10:00Z").entity("Q1", "Lindmoor", EntityType.LOCATION, 3)
                        .entity("Q2", "Harbour Board", EntityType.ORG, 1).publisher("gazette", "Harbour Gazette").build(),
                article(2).published("2031-03-01T09:40:00Z").entity("Q1", "Lindmoor", EntityType.LOCATION, 1)
                        .publisher("courier", "Lindmoor Courier").build(),
                article(3).published("2031-03-01T11:05:00Z").entity("Q1", "Lindmoor", EntityType.LOCATION, 2)
                        .entity("Q2", "Harbour Board", EntityType.ORG, 2).build(),
                // Outside the dashboard's time range: not counted.
                article(4).published("2031-02-01T10:00:00Z").entity("Q2", "Harbour Board", EntityType.ORG, 9).build()));
    }

    @Test
    void topEntitiesTableRanksByArticlesInTheTimeRange() throws Exception {
        List<Map<String, Object>> rows = run(panelSql("Top entities in range"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("entity", "Lindmoor").containsEntry("type", "LOCATION")
                .containsEntry("articles", 3L).containsEntry("mentions", 6L).containsEntry("outlets", 2L);
        assertThat(rows.get(1)).containsEntry("entity", "Harbour Board").containsEntry("articles", 2L);
    }

    @Test
    void topEntitiesSeriesCountArticlesPerHourAndEntity() throws Exception {
        List<Map<String, Object>> rows = run(panelSql("Top entities over time (articles per hour)"));

        assertThat(rows).extracting(row -> row.get("metric") + "@" + row.get("time") + "=" + row.get("value"))
                .containsExactlyInAnyOrder(
                        "Harbour Board@1930122000=1", "Lindmoor@1930122000=2",
                        "Harbour Board@1930129200=1", "Lindmoor@1930129200=1");
    }

    private static String panelSql(String title) throws IOException {
        for (JsonNode panel : new ObjectMapper().readTree(DASHBOARD.toFile()).path("panels")) {
            if (panel.path("title").asText().equals(title)) {
                return panel.path("targets").get(0).path("rawSql").asText();
            }
        }
        throw new AssertionError("no panel " + title + " in " + DASHBOARD);
    }

    /** The macros and variables as Grafana expands them, for a range of one day and every entity type. */
    private static String expand(String sql) {
        return sql
                .replaceAll("\\$__timeFilter\\(([\\w.]+)\\)",
                        "$1 BETWEEN '2031-03-01T00:00:00Z' AND '2031-03-02T00:00:00Z'")
                .replaceAll("\\$__timeGroupAlias\\(([\\w.]+), *'1h'(, *0)?\\)",
                        "floor(extract(epoch from $1)/3600)*3600 AS \"time\"")
                .replace("$entity_type", "'PERSON','ORG','LOCATION','MISC'")
                .replace("$top", "10");
    }

    private static List<Map<String, Object>> run(String sql) throws SQLException {
        String expanded = expand(sql);
        assertThat(expanded).doesNotContain("$");
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(expanded)) {
            while (result.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= result.getMetaData().getColumnCount(); column++) {
                    Object value = result.getObject(column);
                    row.put(result.getMetaData().getColumnLabel(column),
                            value instanceof Number number && !(value instanceof Long) ? number.longValue() : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
