package io.newsstream.sink.query;

import static io.newsstream.sink.ArticleBuilder.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArticlePagingTest {

    private static TestServer server;
    private static List<String> expectedOrder;

    @BeforeAll
    static void storeArticlesSharingTimestamps() throws Exception {
        TestPostgres.clean();
        // 45 articles over three instants, 15 at each: ties on listed_at are the rule here, not the exception.
        List<EnrichedArticle> articles = IntStream.rangeClosed(1, 45)
                .mapToObj(n -> article(n).title("Tide table " + n)
                        .published("2031-06-0" + (1 + n % 3) + "T06:00:00Z").build())
                .toList();
        new ArticleStore(TestPostgres.dataSource()).upsert(articles);
        expectedOrder = articles.stream()
                .sorted(Comparator.comparing(EnrichedArticle::publishedAt).thenComparing(EnrichedArticle::id).reversed())
                .map(EnrichedArticle::id)
                .toList();
        server = new TestServer(100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void walkingAllPagesGivesEachArticleExactlyOnceInStableOrder() throws Exception {
        for (int limit : List.of(1, 7, 15, 44, 45, 200)) {
            assertThat(walk("/v1/articles?limit=" + limit)).as("limit %d", limit).isEqualTo(expectedOrder);
        }
    }

    @Test
    void walkingAFilteredRangeStaysInsideIt() throws Exception {
        List<String> walked = walk("/v1/articles?limit=4&since=2031-06-02&until=2031-06-02");

        assertThat(walked).hasSize(15).doesNotHaveDuplicates();
        assertThat(walked).isEqualTo(expectedOrder.subList(15, 30));
    }

    @Test
    void theDefaultPageHoldsTwentyArticles() throws Exception {
        JsonNode page = server.json("/v1/articles");

        assertThat(page.path("items")).hasSize(20);
        assertThat(page.path("nextCursor").asText()).isNotBlank();
    }

    private static List<String> walk(String firstPage) throws Exception {
        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = server.json(firstPage + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.path("items").size()).isPositive();
            page.path("items").forEach(item -> walked.add(item.path("id").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return walked;
    }
}
