package io.newsstream.deploy;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code newsstream} command line in the test's JVM, with what it printed. */
record LauncherRun(int exitCode, String out, String err) {

    static LauncherRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Launcher.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new LauncherRun(exitCode, out.toString(), err.toString());
    }
}
