package io.newsstream.ingest;

/** Kafka did not take a write in time or refused it for a passing reason; the client should retry later. */
public class KafkaUnavailableException extends Exception {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
