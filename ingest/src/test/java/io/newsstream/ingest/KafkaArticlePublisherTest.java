package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.kafka.Topic;
import io.newsstream.core.kafka.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.junit.jupiter.api.Test;

class KafkaArticlePublisherTest {

    private static final RawArticle ARTICLE = new RawArticle("0123456789abcdef0123456789abcdef", null, null,
            "The library extends its opening hours.", null, null, null, Instant.parse("2025-02-01T10:00:00Z"),
            Channel.HTTP, null);

    private final Topic<String, RawArticle> topic = new Topics("test.").raw();
    private final MockProducer<String, RawArticle> producer = new MockProducer<>(
            false, null, topic.keySerde().serializer(), topic.valueSerde().serializer());
    private final KafkaArticlePublisher publisher = new KafkaArticlePublisher(topic, producer);

    @Test
    void writesTheArticleKeyedByItsIdToTheRawTopic() {
        publisher.publish(ARTICLE);

        ProducerRecord<String, RawArticle> sent = producer.history().get(0);
        assertThat(sent.topic()).isEqualTo("test.articles.raw");
        assertThat(sent.key()).isEqualTo(ARTICLE.id());
        assertThat(sent.value()).isEqualTo(ARTICLE);
    }

    @Test
    void futureCompletesOnlyWhenKafkaAcknowledges() {
        CompletableFuture<Void> acknowledged = publisher.publish(ARTICLE);
        assertThat(acknowledged).isNotDone();

        producer.completeNext();

        assertThat(acknowledged).isCompleted();
    }

    @Test
    void futureFailsWithTheProducerError() {
        CompletableFuture<Void> acknowledged = publisher.publish(ARTICLE);

        producer.errorNext(new NotEnoughReplicasException("only one replica in sync"));

        assertThat(acknowledged).isCompletedExceptionally();
    }

    @Test
    void publishingAfterCloseFailsTheFutureInsteadOfThrowing() {
        publisher.close();

        assertThat(publisher.publish(ARTICLE)).isCompletedExceptionally();
    }

    @Test
    void producerDefaultsAreDurableAndBounded() {
        Properties properties = KafkaArticlePublisher.producerProperties(new Properties(), "ingest-test", Duration.ofSeconds(3));

        assertThat(properties)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", "true")
                .containsEntry("compression.type", "lz4")
                .containsEntry("max.block.ms", "3000")
                .containsEntry("client.id", "ingest-test");
    }

    @Test
    void operatorKafkaSettingsWinOverIngestDefaults() {
        Properties kafka = new Properties();
        kafka.put("compression.type", "zstd");
        kafka.put("bootstrap.servers", "broker-1:9092");

        Properties properties = KafkaArticlePublisher.producerProperties(kafka, "ingest-test", Duration.ofSeconds(3));

        assertThat(properties)
                .containsEntry("compression.type", "zstd")
                .containsEntry("bootstrap.servers", "broker-1:9092")
                .containsEntry("acks", "all");
    }
}
