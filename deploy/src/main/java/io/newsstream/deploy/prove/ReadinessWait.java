package io.newsstream.deploy.prove;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls the three services until all are ready, giving up when a process died or the time is over. */
final class ReadinessWait {

    private static final long POLL_MILLIS = 500;

    private ReadinessWait() {
    }

    /**
     * @param deadProcess says which process died and how (empty while all run), checked on every poll
     */
    static void await(PipelineHttp http, Duration timeout, Supplier<String> deadProcess)
            throws PipelineUnderProof.NotReadyException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String dead = deadProcess.get();
            if (!dead.isEmpty()) {
                throw new PipelineUnderProof.NotReadyException(dead);
            }
            String notReady = http.notReady();
            if (notReady.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new PipelineUnderProof.NotReadyException("not ready after " + timeout.toSeconds() + " s: " + notReady);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }
}
