package io.newsstream.enrich.dedup;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ids filed under the most of a set of keys: a real copy shares many LSH bands with its original, a real story
 * many features with the article, so only the few ids hit most are worth reading and comparing (each read
 * deserialises a stored record, the step's main cost).
 */
public final class CandidateIds {

    private CandidateIds() {
    }

    /**
     * @param perKey ids read per key, most recent first
     * @param max how many ids to return, those under the most keys first (ties: first met first)
     */
    public static List<String> mostShared(RecentIndex<?> index, Collection<String> keys, long now, int perKey, int max,
                                          String exclude) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        for (String key : keys) {
            for (String id : index.idsWith(key, now, perKey)) {
                hits.merge(id, 1, Integer::sum);
            }
        }
        hits.remove(exclude);
        return hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }
}
