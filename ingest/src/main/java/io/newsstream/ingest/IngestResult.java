package io.newsstream.ingest;

import java.util.List;

/** What became of the articles of one request. */
public record IngestResult(List<Accepted> accepted, List<Rejected> rejected) {

    public IngestResult {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    /** An article Kafka acknowledged, with the id the client can query later. */
    public record Accepted(String id, int line) {
    }

    /** A line that was refused; it has no id because nothing was written. */
    public record Rejected(int line, Rejection rejection) {
    }
}
