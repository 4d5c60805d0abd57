package io.newsstream.sink;

import io.newsstream.sink.index.SearchIndex;
import io.newsstream.sink.store.Database;
import io.newsstream.sink.store.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * One real, migrated PostgreSQL for every test in the JVM: starting one takes seconds and the machine is shared.
 * Tests call {@link #clean()} before each test instead of starting their own; the library stops it at JVM exit.
 */
public final class TestPostgres {

    private static final int INDEX_BATCH = 500;
    private static EmbeddedDatabase embedded;
    private static Database database;

    private TestPostgres() {
    }

    public static synchronized Database database() {
        if (database == null) {
            try {
                // Under target/ so `mvn clean` removes it; a previous run's copy is dropped for a fresh start.
                Path dataDir = Path.of("target", "test-postgres").toAbsolutePath();
                deleteTree(dataDir);
                embedded = EmbeddedDatabase.start(dataDir);
                database = Database.using(embedded.dataSource());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return database;
    }

    public static DataSource dataSource() {
        return database().dataSource();
    }

    /** A JDBC URL for the test database, for code that connects by URL as production does. */
    public static String jdbcUrl() {
        database();
        return embedded.jdbcUrl();
    }

    /** The test database's port, e.g. for a proxy in front of it. */
    public static int port() {
        database();
        return embedded.port();
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every stored article searchable now, as the sink's indexer does in its own time. */
    public static void indexForSearch() {
        try {
            new SearchIndex(dataSource()).indexAll(INDEX_BATCH);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Removes every stored article. */
    public static void clean() {
        try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE articles CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
