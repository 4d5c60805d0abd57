package io.newsstream.deploy.prove;

import java.util.List;
import java.util.Locale;

/** Formats the results of a proof run as the one table it prints, then its verdict. */
public final class ResultTable {

    private static final String[] HEADERS =
        {"case", "accepted", "stored", "duplicates", "lost", "DLQ", "5xx", "stalled", "seconds", "result"};

    private ResultTable() {
    }

    public static String format(List<CaseResult> results) {
        String[][] rows = new String[results.size() + 1][];
        rows[0] = HEADERS;
        for (int i = 0; i < results.size(); i++) {
            CaseResult r = results.get(i);
            rows[i + 1] = new String[] {
                r.name(), String.valueOf(r.accepted()), String.valueOf(r.stored()), String.valueOf(r.duplicates()),
                String.valueOf(r.lost()), String.valueOf(r.deadLettered()), String.valueOf(r.serverErrors()),
                r.stalled() ? "yes" : "no", String.format(Locale.ROOT, "%.0f", r.seconds()),
                r.passed() ? "PASS" : "FAIL"};
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder table = new StringBuilder();
        appendRow(table, rows[0], widths);
        appendRule(table, widths);
        for (int i = 1; i < rows.length; i++) {
            appendRow(table, rows[i], widths);
        }
        for (CaseResult r : results) {
            r.problems().forEach(problem -> table.append("  ").append(r.name()).append(": ")
                    .append(problem.replace("\n", "\n      ")).append('\n'));
        }
        boolean passed = results.stream().allMatch(CaseResult::passed);
        long failed = results.stream().filter(r -> !r.passed()).count();
        table.append(passed ? "PASS: " + results.size() + " cases" : "FAIL: " + failed + " of " + results.size() + " cases")
                .append('\n');
        return table.toString();
    }

    // Names left-aligned, numbers right-aligned, so columns of counts compare at a glance.
    private static void appendRow(StringBuilder table, String[] cells, int[] widths) {
        table.append("| ");
        for (int c = 0; c < cells.length; c++) {
            String pad = " ".repeat(widths[c] - cells[c].length());
            table.append(c == 0 || c == cells.length - 1 ? cells[c] + pad : pad + cells[c]).append(" | ");
        }
        table.setLength(table.length() - 1);
        table.append('\n');
    }

    private static void appendRule(StringBuilder table, int[] widths) {
        table.append('|');
        for (int width : widths) {
            table.append("-".repeat(width + 2)).append('|');
        }
        table.append('\n');
    }
}
