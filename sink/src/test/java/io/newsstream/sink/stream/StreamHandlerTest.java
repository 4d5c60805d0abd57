package io.newsstream.sink.stream;

import static io.newsstream.sink.ArticleBuilder.article;
import static io.newsstream.sink.ArticleBuilder.id;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.StanceLabel;
import io.newsstream.core.json.Json;
import io.newsstream.core.kafka.DeadLetterRecords;
import io.newsstream.sink.Articles;
import io.newsstream.sink.TestPostgres;
import io.newsstream.sink.TestServer;
import io.newsstream.sink.consume.BatchProcessor;
import io.newsstream.sink.store.ArticleStore;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/stream} over real HTTP, fed through the database as in production. */
class StreamHandlerTest {

    private TestServer server;
    private BatchProcessor processor;
    private long offset;

    @BeforeEach
    void serve() throws Exception {
        TestPostgres.clean();
        server = new TestServer(1000);
        processor = new BatchProcessor(new ArticleStore(TestPostgres.dataSource()), new DeadLetterRecords("articles.dlq",
                Clock.systemUTC()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStoredArticleArrivesAsAnArticleEventWithItsSequenceAsId() throws Exception {
        try (SseClient client = new SseClient(server.uri("/v1/stream"), null)) {
            assertThat(client.status()).isEqualTo(200);
            assertThat(client.contentType()).startsWith("text/event-stream");

            consume(Articles.harbour());
            SseClient.Event event = client.nextEvent();

            assertThat(event.type()).isEqualTo("article");
            assertThat(event.article()).isEqualTo(Articles.harbour());
            assertThat(event.id()).isEqualTo(sequenceOf(Articles.HARBOUR_ID));
        }
    }

    @Test
    void onlyArticlesMatchingTheFiltersAreStreamed() throws Exception {
        try (SseClient client = new SseClient(
                server.uri("/v1/stream?entity=loc:lindmoor&target=ferry&stance=AGAINST&q=Timetable"), null)) {
            consume(ferry(1, StanceLabel.FAVOR), ferry(2, StanceLabel.AGAINST));
            consume(article(3).title("Ferry timetable").stance("ferry", StanceLabel.AGAINST).build());
            consume(ferry(4, StanceLabel.AGAINST));

            assertThat(client.nextEvent().article().id()).isEqualTo(id(2));
            assertThat(client.nextEvent().article().id()).isEqualTo(id(4));
        }
    }

    @Test
    void uniqueLeavesCopiesOutOfTheLiveStreamAndOfTheReplay() throws Exception {
        long before;
        try (SseClient live = new SseClient(server.uri("/v1/stream?unique=true"), null)) {
            consume(ferry(1, StanceLabel.FAVOR));
            before = live.nextEvent().id();
            consume(article(2).title("Ferry timetable again").copyOf(1, 0.9).build(), ferry(3, StanceLabel.FAVOR));

            assertThat(live.nextEvent().article().id()).isEqualTo(id(3));
        }
        try (SseClient replay = new SseClient(server.uri("/v1/stream?unique=true"), Long.toString(before))) {
            assertThat(replay.nextEvent().article().id()).isEqualTo(id(3));
        }
    }

    @Test
    void duplicateOfAndStoryIdFilterTheStream() throws Exception {
        try (SseClient copies = new SseClient(server.uri("/v1/stream?duplicateOf=" + id(1)), null);
             SseClient story = new SseClient(server.uri("/v1/stream?storyId=" + id(1)), null)) {
            consume(article(1).inStory(1).build(), article(2).inStory(2).build(),
                    article(3).copyOf(1, 0.8).build(), article(4).inStory(1).build());

            assertThat(copies.nextEvent().article().id()).isEqualTo(id(3));
            assertThat(List.of(story.nextEvent().article().id(), story.nextEvent().article().id(),
                    story.nextEvent().article().id())).containsExactly(id(1), id(3), id(4));
        }
    }

    @Test
    void reconnectingWithLastEventIdGetsExactlyTheMissedArticlesThenLiveOnes() throws Exception {
        String filter = "/v1/stream?entity=loc:lindmoor";
        long lastSeen;
        try (SseClient first = new SseClient(server.uri(filter), null)) {
            consume(ferry(1, StanceLabel.FAVOR), ferry(2, StanceLabel.FAVOR));
            assertThat(first.nextEvent().article().id()).isEqualTo(id(1));
            lastSeen = first.nextEvent().id();
        }
        // Stored while the client was away: two that match, one that does not.
        consume(ferry(3, StanceLabel.FAVOR));
        consume(article(4).title("Lighthouse repainted").build(), ferry(5, StanceLabel.NEUTRAL));

        try (SseClient second = new SseClient(server.uri(filter), Long.toString(lastSeen))) {
            SseClient.Event missed1 = second.nextEvent();
            SseClient.Event missed2 = second.nextEvent();
            consume(ferry(6, StanceLabel.AGAINST));
            SseClient.Event live = second.nextEvent();

            assertThat(List.of(missed1.article().id(), missed2.article().id(), live.article().id()))
                    .containsExactly(id(3), id(5), id(6));
            assertThat(missed1.id()).isGreaterThan(lastSeen);
            assertThat(missed2.id()).isGreaterThan(missed1.id());
            assertThat(live.id()).isGreaterThan(missed2.id());
        }
    }

    @Test
    void lastEventIdAlsoComesAsAQueryParameter() throws Exception {
        consume(ferry(1, StanceLabel.FAVOR));
        long first = sequenceOf(id(1));
        consume(ferry(2, StanceLabel.FAVOR));

        try (SseClient client = new SseClient(server.uri("/v1/stream?lastEventId=" + first), null)) {
            assertThat(client.nextEvent().article().id()).isEqualTo(id(2));
        }
    }

    @Test
    void aSlowSubscriberIsDroppedAndItsStreamClosed() throws Exception {
        server.close();
        server = new TestServer(2);
        processor = new BatchProcessor(new ArticleStore(TestPostgres.dataSource()), new DeadLetterRecords("articles.dlq",
                Clock.systemUTC()));
        try (SseClient client = new SseClient(server.uri("/v1/stream"), null)) {
            // A queue of 2 and a batch of 200 published in one go: the handler, writing each event to its socket,
            // cannot keep up with the feed filling its queue.
            consume(IntStream.rangeClosed(1, 200).mapToObj(n -> ferry(n, StanceLabel.FAVOR))
                    .toArray(EnrichedArticle[]::new));

            String rest = client.restUntilClosed();

            assertThat(rest).contains(": dropped");
            assertThat(server.feed().droppedCount()).isEqualTo(1);
            assertThat(server.scrape()).contains("newsstream_sink_sse_dropped_total");
        }
    }

    @Test
    void badFiltersAndEventIdsAreRefusedBeforeStreaming() throws Exception {
        assertBadRequest("/v1/stream?stance=FAVOR", "stance");
        assertBadRequest("/v1/stream?limit=5", "limit");
        assertBadRequest("/v1/stream?lastEventId=yesterday", "lastEventId");
    }

    private void assertBadRequest(String pathAndQuery, String parameter) throws Exception {
        HttpResponse<String> response = server.get(pathAndQuery);
        JsonNode body = Json.mapper().readTree(response.body());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(body.path("parameter").asText()).isEqualTo(parameter);
    }

    private void consume(EnrichedArticle... articles) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (EnrichedArticle article : articles) {
            records.add(new ConsumerRecord<>("articles.enriched", 0, offset++,
                    article.id().getBytes(StandardCharsets.UTF_8), Articles.json(article)));
        }
        assertThat(processor.process(records).written()).isEqualTo(articles.length);
    }

    private static EnrichedArticle ferry(int number, StanceLabel label) {
        return article(number).title("Ferry timetable " + number)
                .body("The Lindmoor ferry changes its timetable next week.")
                .entity("loc:lindmoor", "Lindmoor", EntityType.LOCATION, 1)
                .stance("ferry", label)
                .build();
    }

    private static long sequenceOf(String articleId) throws Exception {
        try (var connection = TestPostgres.dataSource().getConnection();
             var select = connection.prepareStatement("SELECT store_seq FROM article_stream WHERE article_id = ?")) {
            select.setString(1, articleId);
            try (var row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getLong(1);
            }
        }
    }
}
