package io.newsstream.deploy.prove;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The books of one proof case: the ids ingest accepted, how many times each appears in {@code articles.raw},
 * {@code articles.enriched} and {@code articles.dlq}, and which ones the sink serves. Pure arithmetic, thread-safe;
 * records of ids the case did not accept (other cases, other writers) are kept but never counted.
 */
public final class Ledger {

    private final Set<String> accepted = new LinkedHashSet<>();
    private final Map<String, Integer> raw = new HashMap<>();
    private final Map<String, Integer> enriched = new HashMap<>();
    private final Set<String> deadLettered = new HashSet<>();
    private final Set<String> stored = new HashSet<>();

    /** The counts a case reports. */
    public record Tally(long accepted, long enriched, long stored, long duplicates, long deadLettered, long lost) {
    }

    public synchronized void accepted(Collection<String> ids) {
        accepted.addAll(ids);
    }

    public synchronized void rawRecord(String id) {
        raw.merge(id, 1, Integer::sum);
    }

    public synchronized void enrichedRecord(String id) {
        enriched.merge(id, 1, Integer::sum);
    }

    public synchronized void deadLetter(String id) {
        deadLettered.add(id);
    }

    public synchronized void stored(String id) {
        stored.add(id);
    }

    /** Forgets what the sink was seen to serve, before checking every id again at the end. */
    public synchronized void forgetStored() {
        stored.clear();
    }

    public synchronized int acceptedCount() {
        return accepted.size();
    }

    public synchronized List<String> acceptedIds() {
        return new ArrayList<>(accepted);
    }

    /** Accepted ids enrich has written but the sink was not yet seen to serve: the ones worth asking the sink about. */
    public synchronized List<String> enrichedNotStored() {
        List<String> ids = new ArrayList<>();
        for (String id : accepted) {
            if (enriched.containsKey(id) && !stored.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** Accepted ids neither stored nor dead-lettered: what the pipeline still owes. */
    public synchronized long missing() {
        return accepted.stream().filter(id -> !stored.contains(id) && !deadLettered.contains(id)).count();
    }

    /** A number that grows whenever any stage does work for this case's articles; still means stalled. */
    public synchronized long progress() {
        long progress = accepted.size() + stored.size() + deadLettered.size();
        for (int count : enriched.values()) {
            progress += count;
        }
        return progress;
    }

    /**
     * The case's counts. A duplicate is an enriched record beyond the raw records of its id: a client resending a
     * batch whose answer it lost writes the id to {@code articles.raw} twice, and enriching both is no duplicate.
     */
    public synchronized Tally tally() {
        long storedAccepted = 0;
        long enrichedAccepted = 0;
        long dead = 0;
        long duplicates = 0;
        for (String id : accepted) {
            boolean isStored = stored.contains(id);
            if (isStored) {
                storedAccepted++;
            } else if (deadLettered.contains(id)) {
                dead++;
            }
            int enrichedRecords = enriched.getOrDefault(id, 0);
            if (enrichedRecords > 0) {
                enrichedAccepted++;
            }
            duplicates += Math.max(0, enrichedRecords - raw.getOrDefault(id, 0));
        }
        return new Tally(accepted.size(), enrichedAccepted, storedAccepted, duplicates, dead,
                accepted.size() - storedAccepted - dead);
    }
}
