package io.newsstream.enrich.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.json.Json;
import io.newsstream.core.kafka.DeadLetterHeaders;
import io.newsstream.core.kafka.DeadLetterRecords;
import io.newsstream.core.kafka.DeadLetterSummary;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.junit.jupiter.api.Test;

/** TopologyTestDriver enforces no max.request.size, so the producer-side errors are driven here directly. */
class DeadLetterProductionHandlerTest {

    private static final byte[] KEY = "art-1".getBytes(StandardCharsets.UTF_8);
    private final List<String> counted = new ArrayList<>();
    private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
    private final DeadLetterProcessingHandler processingHandler = new DeadLetterProcessingHandler();

    DeadLetterProductionHandlerTest() {
        Map<String, Object> configs = Map.of(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "articles.dlq",
                DeadLetterObserver.CONFIG, (DeadLetterObserver) counted::add);
        handler.configure(configs);
        processingHandler.configure(configs);
    }

    private static ProducerRecord<byte[], byte[]> enriched(int valueBytes) {
        return new ProducerRecord<>("articles.enriched", KEY, new byte[valueBytes]);
    }

    @Test
    void recordTooLargeResumesWithASmallSummaryOnTheDeadLetterTopic() throws Exception {
        byte[] raw = new byte[3 * 1024 * 1024];
        Response response = handler.handleError(new FakeErrorHandlerContext(KEY, raw), enriched(9 * 1024 * 1024),
                new RecordTooLargeException("The message is 9437280 bytes when serialized which is larger than ..."));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).hasSize(1);
        ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().get(0);
        assertThat(deadLetter.topic()).isEqualTo("articles.dlq");
        assertThat(deadLetter.key()).isEqualTo(KEY);
        assertThat(deadLetter.value().length).isLessThan(1_000);
        DeadLetterSummary summary = Json.mapper().readValue(deadLetter.value(), DeadLetterSummary.class);
        assertThat(summary).isEqualTo(new DeadLetterSummary("art-1", 5, 9 * 1024 * 1024,
                "The message is 9437280 bytes when serialized which is larger than ..."));
        assertThat(new String(deadLetter.headers().lastHeader(DeadLetterHeaders.STAGE).value(), StandardCharsets.UTF_8))
                .isEqualTo(DeadLetters.STAGE_PRODUCE);
        assertThat(counted).containsExactly(DeadLetters.STAGE_PRODUCE);
    }

    @Test
    void aDeadLetterThatCannotBeWrittenIsDroppedNotDeadLetteredAgain() {
        ProducerRecord<byte[], byte[]> deadLetter = new ProducerRecord<>("articles.dlq", KEY, new byte[100]);

        Response response = handler.handleError(new FakeErrorHandlerContext(KEY, null), deadLetter,
                new RecordTooLargeException("too large"));

        assertThat(response.result()).isEqualTo(Result.RESUME);
        assertThat(response.deadLetterQueueRecords()).isEmpty();
        assertThat(counted).isEmpty();
    }

    @Test
    void retriableErrorsAreRetriedAndErrorsNotOfThisRecordFail() {
        assertThat(handler.handleError(new FakeErrorHandlerContext(KEY, null), enriched(10), new TimeoutException("slow"))
                .result()).isEqualTo(Result.RETRY);
        assertThat(handler.handleError(new FakeErrorHandlerContext(KEY, null), enriched(10), new UnknownServerException("?"))
                .result()).isEqualTo(Result.FAIL);
        assertThat(counted).isEmpty();
    }

    @Test
    void oversizedOrUnserialisableArticleResumesWithASummary() {
        ProducerRecord<String, Object> article = new ProducerRecord<>("articles.enriched", "art-1", new Object());

        Response oversized = handler.handleSerializationError(new FakeErrorHandlerContext(KEY, null), article,
                new OversizedRecordException("enriched article", 9_000_000, 8_000_000), SerializationExceptionOrigin.VALUE);
        Response broken = handler.handleSerializationError(new FakeErrorHandlerContext(KEY, null), article,
                new IllegalArgumentException("no serializer"), SerializationExceptionOrigin.VALUE);

        assertThat(oversized.result()).isEqualTo(Result.RESUME);
        assertThat(new String(oversized.deadLetterQueueRecords().get(0).value(), StandardCharsets.UTF_8))
                .contains("\"valueBytes\":9000000").contains("over the limit of 8000000 bytes");
        assertThat(new String(broken.deadLetterQueueRecords().get(0).value(), StandardCharsets.UTF_8))
                .contains("\"valueBytes\":-1");
        assertThat(counted).containsExactly(DeadLetters.STAGE_PRODUCE, DeadLetters.STAGE_PRODUCE);
    }

    @Test
    void rawArticleTooLargeToCopyIsDeadLetteredAsASummaryByTheProcessingHandler() {
        byte[] raw = new byte[DeadLetterRecords.MAX_ORIGINAL_BYTES + 1];

        ProcessingExceptionHandler.Response response = processingHandler.handleError(new FakeErrorHandlerContext(KEY, raw), null,
                new IllegalStateException("enrichment failed"));

        ProducerRecord<byte[], byte[]> deadLetter = response.deadLetterQueueRecords().get(0);
        assertThat(deadLetter.key()).isEqualTo(KEY);
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8))
                .contains("\"valueBytes\":" + raw.length).contains("enrichment failed");
        assertThat(counted).containsExactly(DeadLetters.STAGE_PROCESS);
    }

    @Test
    void rawArticleSmallEnoughIsDeadLetteredWithItsOriginalBytes() {
        byte[] raw = "{\"id\":\"art-1\"}".getBytes(StandardCharsets.UTF_8);

        ProcessingExceptionHandler.Response response = processingHandler.handleError(new FakeErrorHandlerContext(KEY, raw), null,
                new IllegalStateException("enrichment failed"));

        assertThat(response.deadLetterQueueRecords().get(0).value()).isEqualTo(raw);
    }
}
