package io.newsstream.lab.entities;

import java.util.Locale;

/**
 * Counts of one kind of name over pages: found names that match a gold name ({@code right}) among all found
 * ({@code found}), and gold names found ({@code recalled}) among all gold ({@code gold}). Precision and recall are
 * counted apart because two found entities may match one gold name (a linking miss) and one found may match two.
 */
record NameCounts(int right, int found, int recalled, int gold) {

    static final NameCounts NONE = new NameCounts(0, 0, 0, 0);

    NameCounts plus(NameCounts other) {
        return new NameCounts(right + other.right, found + other.found, recalled + other.recalled, gold + other.gold);
    }

    double precision() {
        return found == 0 ? 1 : (double) right / found;
    }

    double recall() {
        return gold == 0 ? 1 : (double) recalled / gold;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line(String kind, int pages) {
        return String.format(Locale.ROOT, "%s precision %.3f (%d of %d found) recall %.3f (%d of %d) F1 %.3f over %d pages",
                kind, precision(), right, found, recall(), recalled, gold, f1(), pages);
    }
}
