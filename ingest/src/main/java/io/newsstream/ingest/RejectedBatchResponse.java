package io.newsstream.ingest;

import io.newsstream.core.http.Problem;
import java.util.List;
import java.util.Map;

/**
 * The body of a 400 answer to a batch whose every line was rejected: problem details (see {@link Problem}) plus the
 * same per-line lists a 202 carries, so a client reads the reasons the same way in both cases.
 */
public record RejectedBatchResponse(String type, String title, int status, String detail, String error,
                                    List<IngestResult.Accepted> accepted, List<IngestResponse.RejectedLine> rejected) {

    static RejectedBatchResponse of(IngestResult result) {
        IngestResponse lines = IngestResponse.of(result);
        int count = lines.rejected().size();
        String error = count == 0
                ? "no article: the body is empty"
                : "every article was rejected (" + count + " of " + count + "); see rejected for the reason of each line";
        Map<String, Object> problem = Problem.of(400, error);
        return new RejectedBatchResponse((String) problem.get("type"), (String) problem.get("title"), 400, error, error,
                lines.accepted(), lines.rejected());
    }
}
