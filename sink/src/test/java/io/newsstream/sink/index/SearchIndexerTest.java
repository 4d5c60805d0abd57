package io.newsstream.sink.index;

import static io.newsstream.sink.ArticleBuilder.article;
import static io.newsstream.sink.ArticleBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.json.Json;
import io.newsstream.core.testing.Await;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.store.ArticleStore;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The running indexer against the real database, searched through the query API as a client searches. */
class SearchIndexerTest {

    private static final Duration POLL = Duration.ofMillis(50);

    private final ArticleStore store = new ArticleStore(TestPostgres.dataSource());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TestServer server;

    @BeforeEach
    void emptyStore() throws Exception {
        TestPostgres.clean();
        server = new TestServer(100);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void anArticleStoredIsFoundBySearchOnceIndexed() throws Exception {
        try (SearchIndexer indexer = start(10)) {
            store.upsert(List.of(article(1).title("Ferry timetable changes").body("Crossings to Lindmoor resume.")
                    .build()));

            Await.until(() -> search("lindmoor").equals(List.of(id(1))), "the stored article to be found by search");
            assertThat(search("timetable")).containsExactly(id(1));
        }
    }

    @Test
    void aReplacedArticleIsFoundByItsNewWordsAndNotItsOld() throws Exception {
        try (SearchIndexer indexer = start(10)) {
            store.upsert(List.of(article(1).title("Harbour wall approved").body("Storms damaged the pier.").build()));
            Await.until(() -> !search("storms").isEmpty(), "the first version to be searchable");

            store.upsert(List.of(article(1).title("Harbour wall approved").body("Fishers protest the quay plan.")
                    .build()));

            Await.until(() -> !search("fishers").isEmpty(), "the new version to be searchable");
            assertThat(search("fishers")).containsExactly(id(1));
            assertThat(search("storms")).as("words only the replaced version had").isEmpty();
        }
    }

    @Test
    void aRestartedIndexerIndexesWhatWasStoredWhileItWasDown() throws Exception {
        try (SearchIndexer indexer = start(10)) {
            store.upsert(List.of(article(1).title("Council meets").body("The council met on Monday.").build()));
            Await.until(() -> !search("council").isEmpty(), "the first article to be searchable");
        }
        // Stored while no indexer runs: a new article and a new version of the first.
        store.upsert(List.of(article(2).title("Rail line reopens").body("Trains run again.").build(),
                article(1).title("Council adjourns").body("The meeting ended early.").build()));
        assertThat(search("trains")).as("nothing indexes while the indexer is down").isEmpty();

        try (SearchIndexer restarted = start(1)) {
            Await.until(() -> search("trains").equals(List.of(id(2))) && search("adjourns").equals(List.of(id(1))),
                    "both writes to be searchable after the restart");
            assertThat(search("monday")).isEmpty();
        }
    }

    @Test
    void theLagGaugesCountWhatWaitsAndFallToZeroOnceIndexed() throws Exception {
        // Held by "another instance": this indexer waits its turn, so the articles wait with it.
        try (Connection other = TestPostgres.dataSource().getConnection()) {
            other.setAutoCommit(false);
            try (Statement lock = other.createStatement()) {
                lock.execute("SELECT pg_advisory_xact_lock(" + SearchIndex.LOCK + ")");
            }
            try (SearchIndexer indexer = start(10)) {
                store.upsert(List.of(article(1).title("One").build(), article(2).title("Two").build(),
                        article(3).title("Three").build()));

                Await.until(() -> gauge("newsstream.sink.index.waiting") == 3, "three articles to be counted waiting");
                Await.until(() -> gauge("newsstream.sink.index.oldest.waiting") > 0, "the oldest to show its age");
                assertThat(registry.get("newsstream.sink.articles.indexed").counter().count()).isZero();

                other.rollback();

                Await.until(() -> gauge("newsstream.sink.index.waiting") == 0, "the lag to fall to zero");
                assertThat(gauge("newsstream.sink.index.oldest.waiting")).isZero();
                assertThat(registry.get("newsstream.sink.articles.indexed").counter().count()).isEqualTo(3);
                assertThat(search("two")).containsExactly(id(2));
            }
        }
    }

    @Test
    void anUnreachableDatabaseIsCountedAndTriedAgainEveryRound() throws Exception {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setURL("jdbc:postgresql://127.0.0.1:" + closedPort() + "/newsstream");
        try (SearchIndexer indexer = SearchIndexer.start(new SearchIndex(unreachable), 10, POLL, registry,
                Clock.systemUTC())) {
            Await.until(() -> registry.get("newsstream.sink.index.failures").counter().count() >= 3,
                    "failed rounds to be counted, one after the other");
            assertThat(gauge("newsstream.sink.index.waiting")).isZero();
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private SearchIndexer start(int batchSize) {
        return SearchIndexer.start(new SearchIndex(TestPostgres.dataSource()), batchSize, POLL, registry,
                Clock.systemUTC());
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private List<String> search(String words) throws Exception {
        HttpResponse<String> response = server.get("/v1/articles?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Json.mapper().readTree(response.body()).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }
}
