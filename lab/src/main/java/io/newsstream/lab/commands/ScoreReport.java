package io.newsstream.lab.commands;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the evaluate commands print: one line per figure, then, asked, every miss (each as its {@code toString}); data that cannot be read is one
 * line on standard error and exit code 2.
 */
record ScoreReport(List<?> lines, List<?> misses) {

    static int print(CommandSpec spec, boolean withMisses, Supplier<ScoreReport> score) {
        ScoreReport report;
        try {
            report = score.get();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        PrintWriter out = spec.commandLine().getOut();
        report.lines().forEach(out::println);
        if (withMisses) {
            report.misses().forEach(out::println);
        }
        out.flush();
        return 0;
    }
}
