package io.newsstream.sink.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.sink.ArticleBuilder;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Values that parse but that no database column holds, and characters PostgreSQL refuses, answer 400 naming the
 * parameter on every endpoint, over HTTP and the real database: never 500, never 503 "store unavailable".
 */
class OutOfRangeParametersTest {

    private static final String FAR_FUTURE = "+999999999-12-31T23:59:59-18:00";
    private static final String FAR_PAST = "-999999999-01-01T00:00:00+18:00";

    private static TestServer server;

    @BeforeAll
    static void storeAnArticle() throws Exception {
        TestPostgres.clean();
        new ArticleStore(TestPostgres.dataSource()).upsert(List.of(ArticleBuilder.article(1).build()));
        server = new TestServer(100);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void timesBeyondWhatTheDatabaseStoresAreRefusedOnEveryEndpoint() throws Exception {
        for (String endpoint : List.of("/v1/articles?", "/v1/entities/top?", "/v1/stats/stance?target=t&",
                "/v1/stats/portrayal?entity=x&")) {
            assertBadRequest(endpoint + "since=" + encode(FAR_FUTURE), "since", "since must be between");
            assertBadRequest(endpoint + "until=" + encode(FAR_PAST), "until", "until must be between");
            assertBadRequest(endpoint + "since=" + encode("+999999999-12-31"), "since", "since must be between");
            assertBadRequest(endpoint + "until=" + encode("+999999999-12-31"), "until", "until must be between");
            assertBadRequest(endpoint + "since=" + encode("+294277-01-01T00:00:00Z"), "since", "since must be between");
            assertBadRequest(endpoint + "since=" + encode("-4714-01-01T00:00:00Z"), "since", "since must be between");
            assertBadRequest(endpoint + "since=0000-12-31", "since", "since must be between");
        }
    }

    @Test
    void theWholeStoredRangeCanBeAskedFor() throws Exception {
        assertThat(server.get("/v1/articles?since=0001-01-01&until=9999-12-31").statusCode()).isEqualTo(200);
        assertThat(server.get("/v1/entities/top?since=0001-01-01T00:00:00Z&until=9999-12-31").statusCode())
                .isEqualTo(200);
    }

    @Test
    void cursorsWithTimesBeyondTheDatabaseOrHugeNumbersAreRefused() throws Exception {
        String id = ArticleBuilder.id(1);
        assertBadRequest("/v1/articles?cursor=" + cursor("+999999999-12-31T23:59:59Z," + id), "cursor",
                "cursor is not a cursor this API handed out");
        assertBadRequest("/v1/articles?cursor=" + cursor("-999999999-01-01T00:00:00Z," + id), "cursor",
                "cursor is not a cursor");
        assertBadRequest("/v1/articles?cursor=" + cursor("2031-03-01T12:00:00Z," + "f".repeat(65)), "cursor",
                "cursor is not a cursor");
        assertBadRequest("/v1/articles?cursor=" + cursor("9".repeat(40) + "," + id), "cursor", "cursor is not a cursor");
        assertBadRequest("/v1/articles?cursor=" + cursor("2031-03-01T12:00:00Z,\u0000"), "cursor",
                "cursor is not a cursor");
    }

    @Test
    void nulCharactersAreRefusedInEveryTextParameter() throws Exception {
        assertBadRequest("/v1/articles?q=harbour%00wall", "q", "q must not contain NUL");
        assertBadRequest("/v1/articles?entity=%00", "entity", "entity must not contain NUL");
        assertBadRequest("/v1/articles?outlet=Lindmoor%00", "outlet", "outlet must not contain NUL");
        assertBadRequest("/v1/articles?target=t%00&stance=FAVOR", "target", "target must not contain NUL");
        assertBadRequest("/v1/stats/stance?target=harbour%00", "target", "target must not contain NUL");
        assertBadRequest("/v1/stats/portrayal?entity=Elsa%00Varga", "entity", "entity must not contain NUL");
        assertBadRequest("/v1/stream?q=%00", "q", "q must not contain NUL");
    }

    @Test
    void overlongTextAndNumbersBeyondIntegersAreRefused() throws Exception {
        assertBadRequest("/v1/articles?q=" + "harbour+".repeat(200), "q", "q must be at most 1000 characters");
        assertBadRequest("/v1/articles?limit=99999999999999999999", "limit", "limit must be an integer between 1 and 200");
        assertBadRequest("/v1/entities/top?limit=-2147483649", "limit", "limit must be an integer between 1 and 200");
        assertBadRequest("/v1/stream?lastEventId=99999999999999999999", "lastEventId", "non-negative integer");
    }

    @Test
    void theLargestEventIdIsAnEmptyReplayNotAnError() throws Exception {
        assertThat(server.get("/v1/articles?limit=200").statusCode()).isEqualTo(200);
        HttpRequest request = HttpRequest.newBuilder(server.uri("/v1/stream?lastEventId=" + Long.MAX_VALUE)).build();
        try (InputStream stream = HttpClient.newHttpClient().send(request, BodyHandlers.ofInputStream()).body()) {
            // Headers arrive only after the replay, so a 200 with a stream means the database query went through.
            assertThat(new String(stream.readNBytes(13), StandardCharsets.UTF_8)).isEqualTo(": connected\n\n");
        }
    }

    private static void assertBadRequest(String pathAndQuery, String parameter, String message) throws Exception {
        server.assertBadRequest(pathAndQuery, parameter, message);
    }

    private static String cursor(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
