package io.newsstream.enrich.errors;

/** Told about every record sent to the dead-letter topic, e.g. to count them in metrics. */
@FunctionalInterface
public interface DeadLetterObserver {

    /**
     * The Streams config key under which the service passes its observer (an object, not a string) to the handlers,
     * which Kafka Streams creates by reflection and configures with the application's configuration.
     */
    String CONFIG = "newsstream.enrich.dead.letter.observer";

    DeadLetterObserver NONE = stage -> { };

    /** @param stage the failing stage, e.g. {@code enrich.deserialize} */
    void deadLettered(String stage);
}
