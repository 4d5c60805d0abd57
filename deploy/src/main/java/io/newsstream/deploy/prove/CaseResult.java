package io.newsstream.deploy.prove;

import java.util.List;

/**
 * What one proof case found: the ledger's counts for the articles it sent, the server errors it saw, whether the
 * pipeline stalled, and every problem in words.
 *
 * @param accepted articles ingest answered 202 for (distinct ids)
 * @param stored accepted articles the sink serves at the end
 * @param duplicates enriched records beyond one per raw record of the same id
 * @param lost accepted articles neither stored nor dead-lettered
 * @param deadLettered accepted articles in {@code articles.dlq} and not stored
 * @param serverErrors 5xx answers the case counts as failures (503 while a fault lasts is the contract, not one)
 * @param stalled nothing progressed for the stall limit while something was still missing
 * @param problems everything else that makes the case fail, one sentence each; empty when it passed
 */
public record CaseResult(String name, long accepted, long stored, long duplicates, long lost, long deadLettered,
                         long serverErrors, boolean stalled, double seconds, List<String> problems) {

    public CaseResult {
        problems = List.copyOf(problems);
    }

    /** A case that could not run to its verification, such as a pipeline that never became ready. */
    public static CaseResult aborted(String name, double seconds, String problem) {
        return new CaseResult(name, 0, 0, 0, 0, 0, 0, false, seconds, List.of(problem));
    }

    public boolean passed() {
        return lost == 0 && duplicates == 0 && serverErrors == 0 && !stalled && problems.isEmpty();
    }
}
