package io.newsstream.deploy.prove.hostile;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link HostileRequestRun} saw.
 *
 * @param sent requests sent (or tried: a failed connection counts as sent and unanswered)
 * @param answered2xx answered with a 2xx
 * @param answered4xx answered with a 4xx
 * @param answered5xx answered with a 5xx (each one a failure)
 * @param answeredOther answered with another status, or not with HTTP at all (each one a failure)
 * @param noAnswer closed, reset, timed out or refused the connection without a status line
 * @param failureCount every failure
 * @param failures the first failures (20 unless the run was told otherwise), in request order
 * @param byKind the same counts per kind of request, in first-seen order
 * @param accepted every article ingest answered 2xx for, with the request that carried it: each must be stored
 */
public record HostileRunResult(int sent, int answered2xx, int answered4xx, int answered5xx, int answeredOther,
                               int noAnswer, int failureCount, List<Failure> failures, Map<String, KindTally> byKind,
                               List<Accepted> accepted) {

    public HostileRunResult {
        failures = List.copyOf(failures);
        byKind = Collections.unmodifiableMap(new LinkedHashMap<>(byKind));
        accepted = List.copyOf(accepted);
    }

    /** One request answered wrongly: a 5xx, a 2xx to malformed input, or silence where an answer was owed. */
    public record Failure(String name, String kind, String problem) {
    }

    /** An article id from a 2xx answer's {@code accepted} list. */
    public record Accepted(String id, String request, String kind) {
    }

    /** Counts for one kind of request. */
    public record KindTally(int sent, int answered2xx, int answered4xx, int answered5xx, int answeredOther,
                            int noAnswer, int failures) {

        static final KindTally EMPTY = new KindTally(0, 0, 0, 0, 0, 0, 0);

        KindTally plus(int statusClass, boolean failed) {
            return new KindTally(sent + 1, answered2xx + (statusClass == 2 ? 1 : 0),
                    answered4xx + (statusClass == 4 ? 1 : 0), answered5xx + (statusClass == 5 ? 1 : 0),
                    answeredOther + (statusClass != 0 && statusClass != 2 && statusClass != 4 && statusClass != 5 ? 1 : 0),
                    noAnswer + (statusClass == 0 ? 1 : 0), failures + (failed ? 1 : 0));
        }
    }

    public boolean passed() {
        return failureCount == 0;
    }

    /** The ids of every accepted article, for the harness to look up in the sink. */
    public List<String> acceptedIds() {
        return accepted.stream().map(Accepted::id).toList();
    }
}
