package io.newsstream.deploy.prove;

import io.newsstream.sink.store.EmbeddedDatabase;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsstream database}: the sink's embedded PostgreSQL alone, for a sink run as a separate process. */
@Command(name = "database", mixinStandardHelpOptions = true,
        description = {"Run the embedded PostgreSQL the sink starts by itself, as a process of its own, until Ctrl-C.",
            "Point a sink at it with NEWSSTREAM_SINK_JDBC_URL=jdbc:postgresql://127.0.0.1:PORT/newsstream",
            "and NEWSSTREAM_SINK_JDBC_USER=postgres; it can then be stopped, frozen or crashed apart from the sink."})
public final class DatabaseCommand implements Callable<Integer> {

    /** The database the embedded server holds the articles in. */
    public static final String DATABASE = "newsstream";
    /** The embedded server's superuser, trusted on loopback without a password. */
    public static final String USER = "postgres";

    @Option(names = "--data-dir", required = true, paramLabel = "DIR", description = "The PostgreSQL data directory; reused across runs.")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "Port on localhost (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port = 5432;

    @Override
    public Integer call() throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(dataDir, port);
        System.out.println("PostgreSQL on jdbc:postgresql://127.0.0.1:" + database.port() + "/" + DATABASE + " (user "
                + USER + ", data in " + dataDir + "); Ctrl-C stops it.");
        BrokerCommand.awaitShutdown(database);
        return 0;
    }
}
