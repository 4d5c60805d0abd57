package io.newsstream.enrich.outlet;

import io.newsstream.core.article.Outlet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Merges candidates that name the same outlet into one {@link Outlet} with all their evidence. */
final class OutletCandidates {

    private static final int MAX_EVIDENCE = 5;
    private static final double CITED_BASE = 0.6;
    private static final double CITED_STEP = 0.1;
    private static final double CITED_MAX = 0.95;

    private OutletCandidates() {
    }

    /** The outlet with the single strongest piece of evidence (first found wins a tie), or null when there is none. */
    static Outlet strongest(List<OutletCandidate> candidates) {
        Map<String, List<OutletCandidate>> byId = byId(candidates);
        List<OutletCandidate> best = null;
        double bestConfidence = -1;
        for (List<OutletCandidate> group : byId.values()) {
            double confidence = group.stream().mapToDouble(OutletCandidate::confidence).max().orElse(0);
            if (confidence > bestConfidence) {
                best = group;
                bestConfidence = confidence;
            }
        }
        return best == null ? null : toOutlet(best, bestConfidence);
    }

    /** Every outlet except {@code excludedIds}, in order of first citation; more citations, more confidence. */
    static List<Outlet> all(List<OutletCandidate> candidates, Set<String> excludedIds) {
        List<Outlet> outlets = new ArrayList<>();
        for (List<OutletCandidate> group : byId(candidates).values()) {
            if (!excludedIds.contains(group.get(0).id())) {
                double confidence = Math.min(CITED_MAX, CITED_BASE + CITED_STEP * (group.size() - 1));
                outlets.add(toOutlet(group, confidence));
            }
        }
        return outlets;
    }

    private static Map<String, List<OutletCandidate>> byId(List<OutletCandidate> candidates) {
        Map<String, List<OutletCandidate>> byId = new LinkedHashMap<>();
        candidates.forEach(candidate -> byId.computeIfAbsent(candidate.id(), id -> new ArrayList<>()).add(candidate));
        return byId;
    }

    private static Outlet toOutlet(List<OutletCandidate> group, double confidence) {
        OutletCandidate first = group.get(0);
        String domain = group.stream().map(OutletCandidate::domain).filter(d -> d != null).findFirst().orElse(null);
        List<String> evidence = group.stream().map(OutletCandidate::evidence).distinct().limit(MAX_EVIDENCE).toList();
        return new Outlet(first.id(), first.name(), domain, first.country(), confidence, evidence);
    }
}
