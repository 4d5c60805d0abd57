package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;

class ArticleIngestorTest {

    private final ScriptedPublisher publisher = new ScriptedPublisher();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ArticleIngestor ingestor = new ArticleIngestor(
            new ArticleValidator(Clock.fixed(Instant.parse("2025-04-01T00:00:00Z"), ZoneOffset.UTC), 1000),
            publisher, Duration.ofSeconds(10), new IngestMetrics(registry));

    @Test
    void batchReportsAcceptedIdsAndRejectedLinesInLineOrder() throws Exception {
        IngestResult result = ingestor.ingest(List.of(
                ReadSubmission.read(1, text("The bakery on Elm Street won a regional prize.")),
                ReadSubmission.unreadable(2, new Rejection(RejectionReason.BAD_JSON, "not valid JSON at line 1 column 3")),
                ReadSubmission.read(3, text(" ")),
                ReadSubmission.read(4, text("Tram line 4 will close for repairs in July."))), Channel.HTTP);

        assertThat(result.accepted()).containsExactly(
                new IngestResult.Accepted(ArticleIds.of(null, "The bakery on Elm Street won a regional prize."), 1),
                new IngestResult.Accepted(ArticleIds.of(null, "Tram line 4 will close for repairs in July."), 4));
        assertThat(result.rejected()).extracting(IngestResult.Rejected::line).containsExactly(2, 3);
        assertThat(publisher.published).hasSize(2);
    }

    @Test
    void rejectedEntriesCarryLineAndReasonButNoId() throws Exception {
        IngestResult result = ingestor.ingest(List.of(ReadSubmission.read(1, text(""))), Channel.HTTP);

        JsonNode body = Json.mapper().valueToTree(IngestResponse.of(result));

        assertThat(body.get("accepted")).isEmpty();
        JsonNode rejected = body.get("rejected").get(0);
        assertThat(rejected.get("line").asInt()).isEqualTo(1);
        assertThat(rejected.get("reason").asText()).isEqualTo("text is empty");
        assertThat(rejected.has("id")).isFalse();
    }

    @Test
    void recordKafkaRefusesAsTooLargeBecomesATooLargeRejection() throws Exception {
        publisher.failAll(new RecordTooLargeException("the message is 5000000 bytes"));

        IngestResult result = ingestor.ingest(List.of(ReadSubmission.read(1, text("A long report."))), Channel.HTTP);

        assertThat(result.accepted()).isEmpty();
        assertThat(result.rejected().get(0).rejection().reason()).isEqualTo(RejectionReason.TOO_LARGE);
    }

    @Test
    void retriableKafkaErrorMeansUnavailable() {
        publisher.failAll(new NotLeaderOrFollowerException("leader moved"));

        assertThatThrownBy(() -> ingestor.ingest(List.of(ReadSubmission.read(1, text("News."))), Channel.HTTP))
                .isInstanceOf(KafkaUnavailableException.class)
                .hasMessageContaining("leader moved");
    }

    @Test
    void nonRetriableKafkaErrorIsNotReportedAsAccepted() {
        publisher.failAll(new AuthorizationException("not allowed to write"));

        assertThatThrownBy(() -> ingestor.ingest(List.of(ReadSubmission.read(1, text("News."))), Channel.HTTP))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not allowed to write");
    }

    @Test
    void countsAcceptedAndRejectedArticlesByReason() throws Exception {
        ingestor.ingest(List.of(
                ReadSubmission.read(1, text("Snow closes the mountain pass.")),
                ReadSubmission.read(2, new ArticleSubmission("not a url", null, "Snow again.", null, null, null))), Channel.HTTP);

        assertThat(registry.get(IngestMetrics.ARTICLES).tags("channel", "http", "outcome", "accepted").counter().count())
                .isEqualTo(1.0);
        assertThat(registry.get(IngestMetrics.ARTICLES).tags("outcome", "rejected", "reason", "bad_url").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void nothingIsCountedAcceptedWhenKafkaIsUnavailable() {
        publisher.failAll(new NotLeaderOrFollowerException("leader moved"));

        assertThatThrownBy(() -> ingestor.ingest(List.of(ReadSubmission.read(1, text("News."))), Channel.HTTP))
                .isInstanceOf(KafkaUnavailableException.class);
        assertThat(registry.get(IngestMetrics.ARTICLES).tags("outcome", "accepted").counter().count()).isZero();
    }

    private static ArticleSubmission text(String text) {
        return new ArticleSubmission(null, null, text, null, null, null);
    }
}
