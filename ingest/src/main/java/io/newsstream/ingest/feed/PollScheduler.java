package io.newsstream.ingest.feed;

import java.time.Duration;

/** Runs a poll after a delay; production uses a thread pool, tests run what is due by hand. */
public interface PollScheduler extends AutoCloseable {

    void schedule(Runnable poll, Duration delay);

    /** Stops running polls; a poll under way is interrupted. */
    @Override
    void close();
}
