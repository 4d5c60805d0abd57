package io.newsstream.deploy;

import io.newsstream.core.config.ConfigException;
import io.newsstream.deploy.prove.BrokerCommand;
import io.newsstream.deploy.prove.DatabaseCommand;
import io.newsstream.deploy.prove.ProveCommand;
import io.newsstream.deploy.prove.hostile.ProveHostileCommand;
import io.newsstream.lab.commands.BenchExportCommand;
import io.newsstream.lab.commands.EvaluateCommand;
import io.newsstream.lab.commands.TrainCommand;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine;

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
            BenchIngestCommand.class,
            BenchPipelineCommand.class,
            BenchExportCommand.class,
            EnrichFileCommand.class,
            ExtractCommand.class,
            EvaluateCommand.class,
            TrainCommand.class,
            TailCommand.class,
            ReprocessCommand.class,
            ProveCommand.class,
            ProveHostileCommand.class,
            BrokerCommand.class,
            DatabaseCommand.class,
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

    public static CommandLine commandLine() {
        return new CommandLine(new Launcher())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Launcher::reportFailure);
    }

    /** A failure a user can act on prints as one line; the stack trace goes to the log at debug level. */
    private static int reportFailure(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        LoggerFactory.getLogger(Launcher.class).debug("command failed", e);
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        commandLine.getErr().println("newsstream " + commandLine.getCommandName() + ": " + message);
        if (!(e instanceof ConfigException)) {
            // A setting's message says all there is; elsewhere the stack trace may help.
            commandLine.getErr().println("(run with NEWSSTREAM_LOG_LEVEL=DEBUG for the stack trace)");
        }
        return 1;
    }

    @Override
    public void run() {
        // No sub-command: show what there is to run.
        spec.commandLine().usage(System.out);
    }
}
