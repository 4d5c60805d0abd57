package io.newsstream.deploy.feed;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Shows progress of a long feed: articles, bytes, rate and ETA. On a terminal it redraws one line; otherwise
 * (logs, CI) it prints a line every few seconds so the output stays readable.
 */
public final class ProgressBar {

    private static final int WIDTH = 24;
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long totalBytes;
    private final long startNanos;
    private long lastPlainNanos;

    public ProgressBar(PrintStream out, boolean terminal, long totalBytes, long startNanos) {
        this.out = out;
        this.terminal = terminal;
        this.totalBytes = Math.max(1, totalBytes);
        this.startNanos = startNanos;
        this.lastPlainNanos = startNanos;
    }

    public void update(long articles, long bytes, long nowNanos) {
        if (terminal) {
            out.print("\r" + line(articles, bytes, nowNanos));
            out.flush();
        } else if (nowNanos - lastPlainNanos >= PLAIN_INTERVAL_NANOS) {
            lastPlainNanos = nowNanos;
            out.println(line(articles, bytes, nowNanos));
        }
    }

    public void finish(long articles, long bytes, long nowNanos) {
        out.print(terminal ? "\r" : "");
        out.println(line(articles, bytes, nowNanos));
    }

    /** e.g. {@code [##########..............]  42%  1,204 articles  4.1/9.8 MB  310 articles/s  ETA 0:19}. */
    String line(long articles, long bytes, long nowNanos) {
        double fraction = Math.min(1.0, (double) bytes / totalBytes);
        int filled = (int) Math.round(fraction * WIDTH);
        double seconds = Math.max(1e-3, (nowNanos - startNanos) / 1e9);
        double rate = articles / seconds;
        String eta = bytes <= 0 ? "--:--" : duration((long) (seconds * (totalBytes - Math.min(bytes, totalBytes)) / bytes));
        return String.format(Locale.ROOT, "[%s%s] %3d%%  %,d articles  %.1f/%.1f MB  %,.0f articles/s  ETA %s",
                "#".repeat(filled), ".".repeat(WIDTH - filled), Math.round(fraction * 100), articles,
                bytes / 1e6, totalBytes / 1e6, rate, eta);
    }

    private static String duration(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
