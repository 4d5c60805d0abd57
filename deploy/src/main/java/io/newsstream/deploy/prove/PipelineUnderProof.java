package io.newsstream.deploy.prove;

import java.nio.file.Path;
import java.time.Duration;

/** A pipeline a proof case runs against, whatever processes it is made of. */
public interface PipelineUnderProof extends AutoCloseable {

    Endpoints endpoints();

    /**
     * Returns once ingest, enrich and sink all answer ready.
     *
     * @throws NotReadyException when a process died or the timeout passed first, saying which and why
     */
    void awaitReady(Duration timeout) throws NotReadyException, InterruptedException;

    /** Where the children's logs are, for the report. */
    Path logDir();

    /** Thrown when a pipeline does not become ready: the proof reports it and moves on instead of waiting forever. */
    final class NotReadyException extends Exception {
        public NotReadyException(String message) {
            super(message);
        }
    }
}
