package io.newsstream.lab.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.TaggedSpan;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Span precision, recall and F1 by exact match of type and character range, per type and for all types together. */
public final class SpanScores {

    /** Counts for one type (or all): true positives, false positives, false negatives. */
    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        private static double ratio(int part, int whole) {
            return whole == 0 ? 0 : (double) part / whole;
        }
    }

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORG, EntityType.LOCATION);

    private final Map<EntityType, Counts> byType = new EnumMap<>(EntityType.class);

    public SpanScores() {
        TYPES.forEach(type -> byType.put(type, new Counts(0, 0, 0)));
    }

    /** Adds one sentence's true and found names. */
    public void add(List<TaggedSpan> truth, List<TaggedSpan> found) {
        Set<TaggedSpan> expected = new HashSet<>(truth);
        for (TaggedSpan span : found) {
            boolean right = expected.remove(span);
            byType.merge(span.type(), new Counts(right ? 1 : 0, right ? 0 : 1, 0), Counts::plus);
        }
        for (TaggedSpan missed : expected) {
            byType.merge(missed.type(), new Counts(0, 0, 1), Counts::plus);
        }
    }

    public Counts of(EntityType type) {
        return byType.get(type);
    }

    /** PER, ORG and LOC together (micro-averaged). */
    public Counts together() {
        Counts sum = new Counts(0, 0, 0);
        for (EntityType type : TYPES) {
            sum = sum.plus(byType.get(type));
        }
        return sum;
    }

    /** One line per type and one for all together: precision, recall, F1 and counts. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (EntityType type : TYPES) {
            lines.add(line(type.name(), byType.get(type)));
        }
        lines.add(line("PER/ORG/LOC", together()));
        return lines;
    }

    private static String line(String label, Counts c) {
        return String.format(Locale.ROOT, "%-12s precision %.3f recall %.3f F1 %.3f (tp %d fp %d fn %d)", label,
                c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }
}
