package io.newsstream.core.http;

import java.time.Duration;

/**
 * The bounds of a service's HTTP server, so no client can take more than its share of threads, sockets or memory.
 *
 * @param maxThreads the most requests served at once (an open SSE stream holds one)
 * @param idleTimeout how long a connection may stay silent, and a write may stay blocked, before it is closed: a
 *        client sending headers slowly or no longer reading a stream loses its thread after this
 * @param maxRequestHeaderBytes the largest request line plus headers; larger ones get 431
 */
public record HttpLimits(int maxThreads, Duration idleTimeout, int maxRequestHeaderBytes) {

    /** 256 threads (200 SSE readers and room for queries), 30 s idle (twice the SSE heartbeat of 15 s), 16 KiB of headers. */
    public static final HttpLimits DEFAULTS = new HttpLimits(256, Duration.ofSeconds(30), 16 * 1024);

    public HttpLimits {
        if (maxThreads < 8) {
            throw new IllegalArgumentException("maxThreads must be at least 8, got " + maxThreads);
        }
        if (idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("idleTimeout must be positive, got " + idleTimeout);
        }
        if (maxRequestHeaderBytes < 1024) {
            throw new IllegalArgumentException("maxRequestHeaderBytes must be at least 1024, got " + maxRequestHeaderBytes);
        }
    }
}
