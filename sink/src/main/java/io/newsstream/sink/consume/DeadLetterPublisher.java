package io.newsstream.sink.consume;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** Sends dead letters and waits until Kafka has them, so their source offsets may be committed. */
public final class DeadLetterPublisher implements AutoCloseable {

    private final Producer<byte[], byte[]> producer;

    public DeadLetterPublisher(Producer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /** @throws PublishFailedException when Kafka did not take every record; sending them again is safe */
    public void publish(List<ProducerRecord<byte[], byte[]>> deadLetters) throws PublishFailedException {
        if (deadLetters.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try {
            for (ProducerRecord<byte[], byte[]> deadLetter : deadLetters) {
                sent.add(producer.send(deadLetter));
            }
            producer.flush();
            for (Future<RecordMetadata> future : sent) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new PublishFailedException("dead-letter topic did not take a record: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while sending dead letters", e);
        } catch (RuntimeException e) {
            throw new PublishFailedException("cannot send dead letters: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }

    /** Kafka did not acknowledge every dead letter. */
    public static final class PublishFailedException extends Exception {

        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
