package io.newsstream.sink.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Asks the database whether it answers, on a thread of its own every second, so that readiness reads the latest
 * answer at once: while the database hangs, the check hangs, not the {@code /health/ready} request.
 */
final class DatabaseProbe implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofSeconds(1);
    // Without an answer for this long, a check is stuck: the database is not answering, whatever it said last.
    static final Duration STALE_AFTER = Duration.ofSeconds(3);
    private static final int VALIDATION_TIMEOUT_SECONDS = 1;

    private final DataSource dataSource;
    private final ScheduledExecutorService checker;
    private volatile Answer latest = new Answer(System.nanoTime(), null);

    /** The outcome of one check: when it ended and what was wrong, null when nothing. */
    private record Answer(long endedNanos, String problem) {
    }

    /** Starts checking; the database just answered (it was migrated), so it counts as answering until then. */
    DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
        this.checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sink-database-probe");
            thread.setDaemon(true);
            return thread;
        });
        checker.scheduleWithFixedDelay(this::check, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        String problem;
        try (Connection connection = dataSource.getConnection()) {
            problem = connection.isValid(VALIDATION_TIMEOUT_SECONDS) ? null : "database does not answer";
        } catch (SQLException | RuntimeException e) {
            problem = "database unreachable: " + e.getMessage();
        }
        latest = new Answer(System.nanoTime(), problem);
    }

    /** Empty when the database answered the latest check, else why not; never waits for the database. */
    Optional<String> problem() {
        Answer answer = latest;
        long silentMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - answer.endedNanos());
        if (silentMillis > STALE_AFTER.toMillis()) {
            return Optional.of("database has not answered for " + silentMillis / 1000 + " s");
        }
        return Optional.ofNullable(answer.problem());
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
