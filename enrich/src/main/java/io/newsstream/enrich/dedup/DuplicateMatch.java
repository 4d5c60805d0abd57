package io.newsstream.enrich.dedup;

import java.util.List;

/**
 * An article's fingerprint and the closest earlier copy found with it.
 *
 * @param closest the most similar earlier article at or above the threshold, or null when none is
 * @param similarity the estimated Jaccard similarity to {@code closest} (0 without one)
 */
public record DuplicateMatch(int[] signature, List<String> bands, SeenArticle closest, double similarity) {

    public boolean isDuplicate() {
        return closest != null;
    }
}
