package io.newsstream.ingest;

import io.newsstream.core.article.RawArticle;
import io.newsstream.core.kafka.Topic;
import io.newsstream.core.kafka.Topics;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** The Kafka producer behind ingest: articles keyed by id, written with {@code acks=all} and idempotence. */
public final class KafkaArticlePublisher implements ArticlePublisher, AutoCloseable {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(10);

    private final Topic<String, RawArticle> topic;
    private final Producer<String, RawArticle> producer;

    public KafkaArticlePublisher(Topic<String, RawArticle> topic, Producer<String, RawArticle> producer) {
        this.topic = topic;
        this.producer = producer;
    }

    /** Creates the producer from {@link #producerProperties} and the topic's serdes. */
    public static KafkaArticlePublisher create(Topic<String, RawArticle> topic, Properties kafka, String clientId, Duration sendTimeout) {
        Properties properties = producerProperties(kafka, clientId, sendTimeout);
        return new KafkaArticlePublisher(topic,
                new KafkaProducer<>(properties, topic.keySerde().serializer(), topic.valueSerde().serializer()));
    }

    /** The producer settings: ingest's defaults, overridden by every {@code kafka.*} setting the operator gave. */
    static Properties producerProperties(Properties kafka, String clientId, Duration sendTimeout) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        // An article answered 202 must survive the loss of the partition leader.
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        // Retries after a lost acknowledgement must neither duplicate nor reorder articles.
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        // News text compresses well and lz4 costs little CPU on the request path.
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        // send() blocks while metadata is missing or the buffer is full; never longer than a request may wait.
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(sendTimeout.toMillis()));
        // A page at the HTML limit (2 MiB, at most 3 MiB), JSON-escaped, must fit in one request, and the topics take
        // records this large (TopicSetup); the broker checks the compressed batch, which is far smaller.
        properties.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES));
        for (Map.Entry<Object, Object> entry : kafka.entrySet()) {
            properties.put(entry.getKey(), entry.getValue());
        }
        return properties;
    }

    /** The underlying producer, for binding its client metrics. */
    public Producer<String, RawArticle> producer() {
        return producer;
    }

    @Override
    public CompletableFuture<Void> publish(RawArticle article) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic.name(), article.id(), article), (metadata, error) -> {
                if (error == null) {
                    acknowledged.complete(null);
                } else {
                    acknowledged.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            // A closed producer or a serialization error throws instead of calling back.
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    @Override
    public void close() {
        // Lets writes in flight finish, so requests still waiting for their acknowledgement get one.
        producer.close(CLOSE_TIMEOUT);
    }
}
