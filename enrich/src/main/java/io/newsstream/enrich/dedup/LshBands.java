package io.newsstream.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a MinHash signature into bands: two texts whose signatures agree on every row of any one band become
 * candidates. With {@code b} bands of {@code r} rows, texts of Jaccard similarity {@code s} meet with probability
 * {@code 1 - (1 - s^r)^b}. The bands cover the first {@code b * r} positions; a longer signature keeps the rest for
 * estimating the similarity of the candidates.
 */
public record LshBands(int bands, int rows) {

    public LshBands {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
    }

    public int signatureLength() {
        return bands * rows;
    }

    /** One key per band: the band's number and a hash of its rows, so equal rows in different bands never meet. */
    public List<String> keys(int[] signature) {
        if (signature.length < signatureLength()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            long hash = band;
            for (int row = band * rows; row < (band + 1) * rows; row++) {
                hash = hash * 0x9e3779b97f4a7c15L + signature[row];
            }
            keys.add(band + ":" + Long.toHexString(hash));
        }
        return keys;
    }
}
