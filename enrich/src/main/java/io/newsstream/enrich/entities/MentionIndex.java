package io.newsstream.enrich.entities;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Answers "does this span overlap a known mention?" in logarithmic time, so long texts stay linear-ish. */
final class MentionIndex {

    private final int[] starts;
    /** For each mention in start order, the largest end among it and all mentions before it. */
    private final int[] maxEnds;

    MentionIndex(List<Mention> mentions) {
        Mention[] sorted = mentions.toArray(new Mention[0]);
        Arrays.sort(sorted, Comparator.comparingInt(Mention::start));
        starts = new int[sorted.length];
        maxEnds = new int[sorted.length];
        int maxEnd = Integer.MIN_VALUE;
        for (int i = 0; i < sorted.length; i++) {
            starts[i] = sorted[i].start();
            maxEnd = Math.max(maxEnd, sorted[i].end());
            maxEnds[i] = maxEnd;
        }
    }

    /** Whether {@code [start, end)} overlaps any mention. */
    boolean overlaps(int start, int end) {
        // The last mention starting before {@code end}; it or one before it overlaps if any reaches past {@code start}.
        int i = Arrays.binarySearch(starts, end);
        int last = i >= 0 ? lastBefore(end, i) : -i - 2;
        return last >= 0 && maxEnds[last] > start;
    }

    /** Among equal starts found by binary search, the index just before the first start equal to {@code end}. */
    private int lastBefore(int end, int found) {
        int i = found;
        while (i >= 0 && starts[i] >= end) {
            i--;
        }
        return i;
    }
}
