package io.newsstream.enrich.dedup;

import java.util.List;

/**
 * Finds the closest earlier near-duplicate of a body: articles sharing an LSH band are candidates, and the one whose
 * signature agrees most, at or above the similarity threshold, is the match. Bodies shorter than the minimum get no
 * fingerprint, since short notices and empty pages share too many words to tell copies from lookalikes.
 */
public final class DuplicateFinder {

    /** Candidates read per band: a bucket full of copies of one text needs only its most recent few. */
    static final int CANDIDATES_PER_BAND = 20;
    /** Candidates compared: those sharing the most bands; a copy shares most of its bands with its original. */
    static final int CANDIDATES_COMPARED = 10;
    public static final int SHINGLE_WORDS = 5;
    /** Hashes per signature: the similarity estimate's standard error is about 0.045 at 0.5. */
    public static final int SIGNATURE_LENGTH = 120;
    /**
     * 20 bands of 2 rows over the first 40 hashes: texts of similarity 0.5 meet with probability 0.997, of 0.1 with
     * 0.18 (then rejected by the similarity). Each band is a store read and a write per article, so 20 bands cost half
     * of the 40 of 3 rows that covered the whole signature, with the same recall at the threshold.
     */
    public static final LshBands BANDS = new LshBands(20, 2);

    private final MinHasher hasher = new MinHasher(SIGNATURE_LENGTH, SHINGLE_WORDS);
    private final double threshold;
    private final int minWords;

    public DuplicateFinder(double threshold, int minWords) {
        this.threshold = threshold;
        this.minWords = minWords;
    }

    /** The fingerprint of a body, or null when it is too short to compare. */
    public int[] signature(String body) {
        long[] words = ShingleText.wordHashes(body);
        return words.length < minWords ? null : hasher.signature(words);
    }

    /** The closest earlier copy of {@code body} among {@code seen}, never the article itself. */
    public DuplicateMatch find(String id, String body, RecentIndex<SeenArticle> seen, long now) {
        int[] signature = signature(body);
        if (signature == null) {
            return null;
        }
        List<String> bands = BANDS.keys(signature);
        List<String> candidates = CandidateIds.mostShared(seen, bands, now, CANDIDATES_PER_BAND, CANDIDATES_COMPARED, id);
        SeenArticle closest = null;
        double best = 0;
        for (String candidate : candidates) {
            SeenArticle article = seen.find(candidate, now).orElse(null);
            if (article == null) {
                continue;
            }
            double similarity = MinHasher.similarity(signature, article.signature());
            if (similarity >= threshold && similarity > best) {
                best = similarity;
                closest = article;
            }
        }
        return new DuplicateMatch(signature, bands, closest, best);
    }
}
