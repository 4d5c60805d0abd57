package io.newsstream.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LauncherTest {

    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Launcher.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommandAndHowConfigurationWorks() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("local", "ingest", "enrich", "sink", "NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void localHelpDescribesItsOptions() {
        Run run = run("local", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("--fresh", "--exit", "--kafka-port", "--data-dir", "--config");
    }

    @Test
    void unknownCommandFailsWithAMessage() {
        Run run = run("frobnicate");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("frobnicate");
    }
}
