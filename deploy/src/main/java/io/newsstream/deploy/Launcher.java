package io.newsstream.deploy;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsstream} command: local mode, the three services, and the tools around them. */
@Command(name = "newsstream",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "A streaming pipeline that turns a feed of news articles into an enriched, queryable, subscribable stream.",
            "",
            "Configuration comes from defaults, then a properties file (--config or $NEWSSTREAM_CONFIG), then",
            "environment variables: NEWSSTREAM_SOME_KEY sets some.key, e.g. NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS.",
            "Every kafka.* setting is passed to the Kafka clients unchanged."
        },
        subcommands = {
            LocalCommand.class,
            FeedCommand.class,
            ServiceCommands.Ingest.class,
            ServiceCommands.Enrich.class,
            ServiceCommands.Sink.class,
            CommandLine.HelpCommand.class
        })
public final class Launcher implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Launcher()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        // No sub-command: show what there is to run.
        spec.commandLine().usage(System.out);
    }
}
