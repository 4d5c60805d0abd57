package io.newsstream.ingest;

import java.util.List;

/**
 * The JSON body of a 400 answer to a batch whose every line was rejected: the usual error fields plus the same
 * per-line lists a 202 carries, so a client reads the reasons the same way in both cases.
 */
public record RejectedBatchResponse(int status, String error, List<IngestResult.Accepted> accepted,
                                    List<IngestResponse.RejectedLine> rejected) {

    static RejectedBatchResponse of(IngestResult result) {
        IngestResponse lines = IngestResponse.of(result);
        int count = lines.rejected().size();
        String error = count == 0
                ? "no article: the body is empty"
                : "every article was rejected (" + count + " of " + count + "); see rejected for the reason of each line";
        return new RejectedBatchResponse(400, error, lines.accepted(), lines.rejected());
    }
}
