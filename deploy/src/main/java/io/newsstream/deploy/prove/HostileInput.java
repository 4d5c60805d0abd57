package io.newsstream.deploy.prove;

import java.util.List;

/**
 * A generator of hostile input for the hostile cases: raw HTTP/1.1 requests as bytes on the wire (request line,
 * headers, body), malformed or abusive in any way, aimed at ingest's {@code POST /v1/articles} or any other path.
 * The generators live in {@code io.newsstream.deploy.prove.hostile} and are wired in {@link ProofCases}.
 */
@FunctionalInterface
public interface HostileInput {

    /**
     * @param seed the same seed gives the same requests, so a failing run can be repeated
     * @param count how many requests
     * @param host the {@code Host} the requests name (the proof sends them to that host and port)
     */
    List<byte[]> generate(long seed, int count, String host, int port);
}
