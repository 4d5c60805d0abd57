package io.newsstream.sink.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL run from the binaries bundled in a Maven jar, for local mode and tests.
 * Its data directory is kept across restarts, so a second run finds the articles of the first, and it is durable:
 * a commit the sink has seen is on disk, so the offsets it commits after it never skip an article.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String DATABASE = "newsstream";
    /** Who owns everything in the embedded server; it trusts local connections, so no password. */
    static final String SUPERUSER = "postgres";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private final DataSource dataSource;

    private EmbeddedDatabase(EmbeddedPostgres postgres, DataSource dataSource) {
        this.postgres = postgres;
        this.dataSource = dataSource;
    }

    /** Starts PostgreSQL on a free local port, initialising {@code dataDir} on first use. */
    public static EmbeddedDatabase start(Path dataDir) throws IOException, SQLException {
        return start(dataDir, 0);
    }

    /** Starts PostgreSQL on {@code port} (0 for a free one), e.g. to restart it where its clients expect it. */
    public static EmbeddedDatabase start(Path dataDir, int port) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        OrphanedPostmaster.stopIfOrphaned(dataDir, ORPHAN_STOP_TIMEOUT);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // The library's defaults are for throw-away test databases: it starts the server with -F (fsync
                // off) and synchronous_commit off, so a crash loses commits the sink already acknowledged to Kafka.
                // Later -c options win over -F.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // The library gives up after 10 s; a busy or slow machine (a test suite beside other builds, a
                // laptop on battery) can take longer, and local mode would then fail to start for nothing.
                .setPGStartupWait(STARTUP_WAIT);
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder
                .setDataDirectory(dataDir)
                // The default deletes the data directory on close: these are the user's articles.
                .setCleanDataDirectory(false)
                .start();
        try {
            createDatabaseIfMissing(postgres.getPostgresDatabase());
            log.info("embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDir);
            // Multi-row batches, as for an external server (see Database).
            return new EmbeddedDatabase(postgres, postgres.getDatabase(SUPERUSER, DATABASE,
                    Map.of("reWriteBatchedInserts", "true")));
        } catch (SQLException | RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    // Our own database rather than "postgres", so the schema and its migration history stand apart.
    private static void createDatabaseIfMissing(DataSource admin) throws SQLException {
        try (Connection connection = admin.getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet result = exists.executeQuery()) {
                if (result.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8'");
            }
        }
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Where the embedded server listens, for clients that connect by URL as they would to any server. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("embedded PostgreSQL did not stop cleanly: {}", e.getMessage(), e);
        }
    }
}
