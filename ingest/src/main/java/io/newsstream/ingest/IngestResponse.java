package io.newsstream.ingest;

import java.util.List;

/** The JSON body of a 202 answer: {@code {"accepted":[{"id","line"}],"rejected":[{"line","reason"}]}}. */
public record IngestResponse(List<IngestResult.Accepted> accepted, List<RejectedLine> rejected) {

    static IngestResponse of(IngestResult result) {
        return new IngestResponse(
                result.accepted(),
                result.rejected().stream().map(r -> new RejectedLine(r.line(), r.rejection().message())).toList());
    }

    /** A refused line with the reason a person reads; it carries no id because nothing was written. */
    public record RejectedLine(int line, String reason) {
    }
}
