package io.newsstream.deploy.prove;

import java.io.PrintStream;
import java.util.Locale;

/** The progress lines of a proof run, each stamped with the time since the run began. */
public final class ProgressLog {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    public ProgressLog(PrintStream out) {
        this.out = out;
    }

    public void line(String format, Object... args) {
        long seconds = (System.nanoTime() - startNanos) / 1_000_000_000L;
        out.printf(Locale.ROOT, "[%02d:%02d] %s%n", seconds / 60, seconds % 60, String.format(Locale.ROOT, format, args));
        out.flush();
    }
}
