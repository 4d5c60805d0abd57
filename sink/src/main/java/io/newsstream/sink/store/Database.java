package io.newsstream.sink.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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
 * <p>Three pools keep connections open: one connection for the writer (the consumer thread), so it never waits behind
 * queries, one for the search indexer, so indexing never holds up a write, and {@code sink.jdbc.pool.size} for the
 * query API, each query cancelled by the server after
 * {@code sink.jdbc.query.timeout}. Whoever waits for a connection waits at most {@code sink.jdbc.connection.timeout}.
 * Readiness reads a background check ({@link DatabaseProbe}) and never waits for the database.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int CONNECT_TIMEOUT_SECONDS = 10;
    static final String WRITE_POOL = "newsstream-sink-write";
    static final String QUERY_POOL = "newsstream-sink-query";
    static final String INDEX_POOL = "newsstream-sink-index";
    // The server reports its own statement timeout first; the client only gives up on a server that went silent.
    private static final int SOCKET_TIMEOUT_MARGIN_SECONDS = 2;
    // A pooled connection idle for a while is checked before it is handed out, for at most this long.
    private static final Duration MAX_VALIDATION_TIMEOUT = Duration.ofSeconds(1);

    private final DataSource writes;
    private final DataSource queries;
    private final DataSource indexing;
    private final DataSource unpooled;
    private final DatabaseProbe probe;
    // What this instance opened, closed newest first.
    private final Deque<AutoCloseable> owned;

    private Database(DataSource writes, DataSource queries, DataSource indexing, DataSource unpooled,
                     Deque<AutoCloseable> owned) {
        this.writes = writes;
        this.queries = queries;
        this.indexing = indexing;
        this.unpooled = unpooled;
        this.owned = owned;
        this.probe = new DatabaseProbe(queries);
        owned.push(probe);
    }

    /** Connects (or starts the embedded server), migrates the schema and opens the pools, their meters in {@code registry}. */
    public static Database open(SinkConfig config, MeterRegistry registry) throws IOException, SQLException {
        Deque<AutoCloseable> owned = new ArrayDeque<>();
        try {
            Endpoint endpoint;
            if (config.embeddedDatabase()) {
                EmbeddedDatabase embedded = EmbeddedDatabase.start(config.dataDir());
                owned.push(embedded);
                endpoint = new Endpoint(embedded.jdbcUrl(), EmbeddedDatabase.SUPERUSER, null);
            } else {
                endpoint = new Endpoint(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
            }
            // Without a socket timeout: a migration may rewrite every row and take as long as it takes.
            migrate(endpoint.dataSource(0));
            int querySocketTimeout = seconds(config.queryTimeout()) + SOCKET_TIMEOUT_MARGIN_SECONDS;
            HikariConfig writes = pool(WRITE_POOL, 1, endpoint.dataSource(seconds(config.writeTimeout())),
                    config.connectionTimeout(), registry);
            HikariConfig queries = pool(QUERY_POOL, config.poolSize(), endpoint.dataSource(querySocketTimeout),
                    config.connectionTimeout(), registry);
            queries.setConnectionInitSql("SET statement_timeout = " + config.queryTimeout().toMillis());
            HikariConfig indexing = pool(INDEX_POOL, 1, endpoint.dataSource(seconds(config.writeTimeout())),
                    config.connectionTimeout(), registry);
            HikariDataSource writePool = new HikariDataSource(writes);
            owned.push(writePool);
            HikariDataSource queryPool = new HikariDataSource(queries);
            owned.push(queryPool);
            HikariDataSource indexPool = new HikariDataSource(indexing);
            owned.push(indexPool);
            return new Database(writePool, queryPool, indexPool, endpoint.dataSource(0), owned);
        } catch (IOException | SQLException | RuntimeException e) {
            closeAll(owned);
            throw e;
        }
    }

    /** Uses a database someone else runs, e.g. in tests, for writes and queries alike; {@link #close()} leaves it running. */
    public static Database using(DataSource dataSource) {
        migrate(dataSource);
        return new Database(dataSource, dataSource, dataSource, dataSource, new ArrayDeque<>());
    }

    private static void migrate(DataSource dataSource) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        if (result.migrationsExecuted > 0) {
            log.info("database schema migrated to version {} ({} migrations)", result.targetSchemaVersion,
                    result.migrationsExecuted);
        }
    }

    private static HikariConfig pool(String name, int size, DataSource connections, Duration connectionTimeout,
                                         MeterRegistry registry) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(name);
        pool.setDataSource(connections);
        pool.setMaximumPoolSize(size);
        pool.setConnectionTimeout(connectionTimeout.toMillis());
        pool.setValidationTimeout(Math.min(MAX_VALIDATION_TIMEOUT.toMillis(), connectionTimeout.toMillis()));
        // hikaricp_connections_{active,idle,pending,timeout,acquire,usage}{pool=name}
        pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
        return pool;
    }

    private static int seconds(Duration duration) {
        return (int) Math.max(1, (duration.toMillis() + 999) / 1000);
    }

    /** Where the server is and who logs in. */
    private record Endpoint(String jdbcUrl, String user, String password) {

        /** @param socketTimeoutSeconds how long a read waits for the server, 0 for ever */
        DataSource dataSource(int socketTimeoutSeconds) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            // Set before the URL so that parameters written in the URL win.
            dataSource.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
            dataSource.setSocketTimeout(socketTimeoutSeconds);
            dataSource.setApplicationName("newsstream-sink");
            // The driver sends a JDBC batch of upserts as multi-row statements: far fewer round trips per batch.
            dataSource.setReWriteBatchedInserts(true);
            dataSource.setURL(jdbcUrl);
            if (user != null) {
                dataSource.setUser(user);
            }
            if (password != null) {
                dataSource.setPassword(password);
            }
            return dataSource;
        }
    }

    /** The writer's connections (one at a time); with {@link #using}, the given data source. */
    public DataSource dataSource() {
        return writes;
    }

    /** The query API's pool; with {@link #using}, the given data source. */
    public DataSource queries() {
        return queries;
    }

    /** The search indexer's connection (one at a time); with {@link #using}, the given data source. */
    public DataSource indexing() {
        return indexing;
    }

    /**
     * Connections outside the pools, without timeouts, for a connection held as long as the service runs (the live
     * stream's LISTEN); with {@link #using}, the given data source.
     */
    public DataSource unpooled() {
        return unpooled;
    }

    /** Empty when the database answered its latest check, else the reason it does not; answers at once. */
    public Optional<String> problem() {
        return probe.problem();
    }

    @Override
    public void close() {
        closeAll(owned);
    }

    private static void closeAll(Deque<AutoCloseable> resources) {
        while (!resources.isEmpty()) {
            AutoCloseable resource = resources.pop();
            try {
                resource.close();
            } catch (Exception e) {
                log.warn("error while closing {}: {}", resource.getClass().getSimpleName(), e.getMessage(), e);
            }
        }
    }
}
