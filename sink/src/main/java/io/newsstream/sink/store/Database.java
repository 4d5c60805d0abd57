package io.newsstream.sink.store;

import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's PostgreSQL: the configured server, or an embedded one when no JDBC URL is set, with the schema
 * migrated to the latest version before anything reads or writes.
 *
 * <p>Each caller takes its own connection from the {@link DataSource} (one per batch, one per HTTP request), so
 * the writer thread and concurrent readers never share a connection; at this rate no pool is needed.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final EmbeddedDatabase embedded;

    private Database(DataSource dataSource, EmbeddedDatabase embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
    }

    /** Connects (or starts the embedded server) and migrates the schema. */
    public static Database open(SinkConfig config) throws IOException, SQLException {
        if (config.embeddedDatabase()) {
            EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir());
            return migrated(new Database(embedded.dataSource(), embedded));
        }
        return migrated(new Database(connecting(config), null));
    }

    /** Uses a database someone else runs, e.g. in tests; {@link #close()} leaves it running. */
    public static Database using(DataSource dataSource) {
        return migrated(new Database(dataSource, null));
    }

    private static Database migrated(Database database) {
        try {
            var result = Flyway.configure()
                    .dataSource(database.dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                log.info("database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                        result.migrationsExecuted);
            }
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static DataSource connecting(SinkConfig config) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        // Set before the URL so that parameters written in the URL win.
        dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        dataSource.setApplicationName("newsstream-sink");
        // The driver sends a JDBC batch of upserts as multi-row statements: far fewer round trips per batch.
        dataSource.setReWriteBatchedInserts(true);
        dataSource.setURL(config.jdbcUrl());
        if (config.jdbcUser() != null) {
            dataSource.setUser(config.jdbcUser());
        }
        if (config.jdbcPassword() != null) {
            dataSource.setPassword(config.jdbcPassword());
        }
        return dataSource;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Empty when the database answers right now, else the reason it does not. */
    public Optional<String> problem() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
                    ? Optional.empty() : Optional.of("database does not answer");
        } catch (SQLException e) {
            return Optional.of("database unreachable: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
