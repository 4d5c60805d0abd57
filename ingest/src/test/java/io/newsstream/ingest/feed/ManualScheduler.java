package io.newsstream.ingest.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler that only records what is scheduled; the test runs the polls itself, so nothing depends on time. */
final class ManualScheduler implements PollScheduler {

    record Scheduled(Runnable poll, Duration delay) {
    }

    final List<Scheduled> pending = new ArrayList<>();
    boolean closed;

    @Override
    public synchronized void schedule(Runnable poll, Duration delay) {
        pending.add(new Scheduled(poll, delay));
    }

    /** Runs every poll scheduled so far (not those they schedule) and returns what they scheduled next. */
    List<Scheduled> runPending() {
        List<Scheduled> due;
        synchronized (this) {
            due = new ArrayList<>(pending);
            pending.clear();
        }
        due.forEach(s -> s.poll().run());
        synchronized (this) {
            return List.copyOf(pending);
        }
    }

    @Override
    public void close() {
        closed = true;
    }
}
