package io.newsstream.deploy.prove;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How big and how patient a proof run is.
 *
 * @param articles articles each local-mode case sends
 * @param splitArticles articles each separate-process case sends (six of them share one pipeline)
 * @param stallLimit how long nothing may progress while something is missing before the case counts a stall
 * @param caseTimeout the most one case may take, whatever happens
 * @param readyTimeout how long a (re)started pipeline may take to become ready
 * @param sseReaders concurrent {@code /v1/stream} readers of the SSE case
 * @param hostileRequests generated hostile HTTP requests of the hostile-requests case
 * @param hostileArticles generated hostile articles of the hostile-articles case
 */
public record ProveSettings(Path jar, Path workDir, long seed, int articles, int splitArticles, int batchSize, Duration stallLimit,
                            Duration caseTimeout, Duration readyTimeout, int sseReaders, int hostileRequests,
                            int hostileArticles) {

    /** Small enough for CI: every case of the suite in under ten minutes on two cores. */
    public static ProveSettings quick(Path jar, Path workDir, long seed) {
        return new ProveSettings(jar, workDir, seed, 1_000, 250, 50, Duration.ofSeconds(60), Duration.ofMinutes(4),
                Duration.ofMinutes(2), 50, 2_000, 200);
    }

    /** The sizes of issue 11. */
    public static ProveSettings full(Path jar, Path workDir, long seed) {
        return new ProveSettings(jar, workDir, seed, 20_000, 5_000, 50, Duration.ofSeconds(120), Duration.ofMinutes(20),
                Duration.ofMinutes(3), 200, 10_000, 1_000);
    }

    /** {@code count} articles per local-mode case and a quarter of that per separate-process case. */
    public ProveSettings withArticles(int count) {
        return new ProveSettings(jar, workDir, seed, count, Math.max(100, count / 4), batchSize, stallLimit, caseTimeout, readyTimeout,
                sseReaders, hostileRequests, hostileArticles);
    }
}
