package io.newsstream.lab.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's own body metric, so figures compare with published ones: 4-token shingles of
 * {@code \w+} tokens (Unicode, case kept), counted with multiplicity, tp/fp/fn normalised per page; precision and
 * recall are means over pages and F1 is computed from the two means.
 */
public final class ShingleF1 {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE = 4;

    private double precisionSum;
    private double recallSum;
    private int pages;
    private int exact;

    /** One page's precision and recall. */
    public record PageScore(double precision, double recall) {
        public double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }
    }

    /** Scores one page and adds it to the means. */
    public PageScore add(String truth, String predicted) {
        PageScore score = score(truth, predicted);
        precisionSum += score.precision();
        recallSum += score.recall();
        pages++;
        if (tokens(truth).equals(tokens(predicted))) {
            exact++;
        }
        return score;
    }

    public static PageScore score(String truth, String predicted) {
        Map<List<String>, Integer> expected = shingles(truth == null ? "" : truth);
        Map<List<String>, Integer> found = shingles(predicted == null ? "" : predicted);
        if (expected.isEmpty() && found.isEmpty()) {
            return new PageScore(1, 1);
        }
        int tp = 0;
        int fp = 0;
        for (Map.Entry<List<String>, Integer> shingle : found.entrySet()) {
            int shared = Math.min(shingle.getValue(), expected.getOrDefault(shingle.getKey(), 0));
            tp += shared;
            fp += shingle.getValue() - shared;
        }
        int fn = expected.values().stream().mapToInt(Integer::intValue).sum() - tp;
        // Normalising tp, fp and fn to sum to 1 does not change the two ratios below.
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new PageScore(precision, recall);
    }

    public int pages() {
        return pages;
    }

    public double precision() {
        return pages == 0 ? 0 : precisionSum / pages;
    }

    public double recall() {
        return pages == 0 ? 0 : recallSum / pages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The share of pages whose token sequence is exactly right. */
    public double accuracy() {
        return pages == 0 ? 0 : (double) exact / pages;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text == null ? "" : text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<List<String>, Integer> counts = new HashMap<>();
        if (tokens.isEmpty()) {
            return counts;
        }
        if (tokens.size() < SHINGLE) {
            counts.put(List.copyOf(tokens), 1);
            return counts;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            counts.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }
}
