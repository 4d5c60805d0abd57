package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Checks what {@code /metrics} says after a known mix of requests, on a server of its own so counts are exact. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestMetricsHttpTest {

    private static final String TOKEN = "metrics-test-token-5521";

    private IngestHttpFixture http;

    @BeforeAll
    void startServer() throws Exception {
        http = IngestHttpFixture.start(Map.of(IngestConfig.AUTH_TOKENS, TOKEN, IngestConfig.MAX_BATCH_ARTICLES, "3"));
    }

    @AfterAll
    void stopServer() {
        http.close();
    }

    @Test
    void metricsCountArticlesByOutcomeAndReasonBatchSizesRefusalsAndUnauthorisedRequests() throws Exception {
        post("application/json", "{\"text\":\"The ferry timetable changes on Monday.\"}");
        post("application/json", "{\"text\":\"   \"}");
        post("application/x-ndjson", "{\"text\":\"Rain all week.\"}\n{\"text\":\"\"}\n{oops}\n");
        post("application/x-ndjson", "{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n{\"text\":\"d\"}\n");
        http.send(http.articles("application/json").header("Authorization", "Bearer " + TOKEN)
                .header("Content-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("plain")).build());
        http.post("application/json", "{\"text\":\"No token.\"}");
        http.send(http.articles("application/json").header("Authorization", "Bearer guessed")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Wrong token.\"}")).build());

        String scrape = http.scrape();

        assertThat(scrape)
                .containsPattern(articles("accepted", "none") + " 2\\.0")
                .containsPattern(articles("rejected", "empty_text") + " 2\\.0")
                .containsPattern(articles("rejected", "bad_json") + " 1\\.0")
                .containsPattern(articles("rejected", "too_many") + " 1\\.0")
                .containsPattern(articles("rejected", "bad_gzip") + " 1\\.0")
                .containsPattern(articles("rejected", "bad_url") + " 0\\.0")
                .containsPattern("newsstream_ingest_batch_articles_count 3")
                .containsPattern("newsstream_ingest_batch_articles_sum 5\\.0")
                .containsPattern("newsstream_ingest_batch_articles_bucket\\{[^}]*le=\"1\\.0\"[^}]*} 2")
                .containsPattern("newsstream_ingest_batch_articles_bucket\\{[^}]*le=\"10\\.0\"[^}]*} 3")
                .containsPattern("newsstream_ingest_unauthorized_requests_total\\{[^}]*reason=\"missing\"[^}]*} 1\\.0")
                .containsPattern("newsstream_ingest_unauthorized_requests_total\\{[^}]*reason=\"invalid\"[^}]*} 1\\.0")
                .containsPattern("newsstream_ingest_request_duration_seconds_count\\{[^}]*status=\"202\"[^}]*} 2")
                .containsPattern("newsstream_ingest_request_duration_seconds_count\\{[^}]*status=\"401\"[^}]*} 2");
    }

    private void post(String contentType, String body) throws Exception {
        HttpResponse<String> ignored = http.send(http.articles(contentType).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String articles(String outcome, String reason) {
        return "newsstream_ingest_articles_total\\{channel=\"http\",[^}]*outcome=\"" + outcome + "\",reason=\"" + reason + "\"[^}]*}";
    }
}
