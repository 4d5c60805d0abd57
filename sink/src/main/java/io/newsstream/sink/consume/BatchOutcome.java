package io.newsstream.sink.consume;

import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * What became of one poll batch once it is stored.
 *
 * @param written records stored in the database
 * @param deadLetters records for {@code articles.dlq}, one per record that could not be stored
 */
public record BatchOutcome(int written, List<ProducerRecord<byte[], byte[]>> deadLetters) {

    public BatchOutcome {
        deadLetters = List.copyOf(deadLetters);
    }
}
