package io.newsstream.ingest;

import io.newsstream.core.http.Readiness;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Remembers another check's answer for a while, so frequent probes cost the cluster one request per interval. */
public final class CachedReadiness implements Readiness {

    private final Readiness delegate;
    private final Duration ttl;
    private final Clock clock;
    private Status last;
    private Instant checkedAt;

    public CachedReadiness(Readiness delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public synchronized Status check() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(checkedAt.plus(ttl))) {
            last = delegate.check();
            checkedAt = now;
        }
        return last;
    }
}
