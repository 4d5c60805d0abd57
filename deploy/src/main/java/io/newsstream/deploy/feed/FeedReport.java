package io.newsstream.deploy.feed;

import java.util.List;

/** The final report of a feed: counts, then every rejected article with its file:line and reason. */
public final class FeedReport {

    private FeedReport() {
    }

    public static String format(List<FeedResult> results, boolean dryRun) {
        long accepted = results.stream().filter(FeedResult::isAccepted).count();
        List<FeedResult> rejected = results.stream().filter(r -> !r.isAccepted()).toList();
        StringBuilder report = new StringBuilder();
        report.append(String.format("%-10s %,d%n", dryRun ? "valid" : "accepted", accepted));
        report.append(String.format("%-10s %,d%n", rejected.isEmpty() ? "rejected" : "REJECTED", rejected.size()));
        if (!rejected.isEmpty()) {
            int width = Math.min(60, rejected.stream().mapToInt(r -> r.item().location().length()).max().orElse(10));
            report.append(System.lineSeparator());
            report.append(String.format("%-" + width + "s  %s%n", "where", "why"));
            report.append("-".repeat(width)).append("  ").append("-".repeat(40)).append(System.lineSeparator());
            for (FeedResult result : rejected) {
                report.append(String.format("%-" + width + "s  %s%n", result.item().location(), result.reason()));
            }
        }
        return report.toString();
    }
}
