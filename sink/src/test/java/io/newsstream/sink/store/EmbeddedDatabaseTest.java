package io.newsstream.sink.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.sink.TestPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void commitsReachTheDiskBeforeTheyAreAcknowledged() throws SQLException {
        assertThat(setting("fsync")).isEqualTo("on");
        assertThat(setting("synchronous_commit")).isEqualTo("on");
        assertThat(setting("full_page_writes")).isEqualTo("on");
    }

    @Test
    void startsAgainAfterItsOwnerWasKilledButNeverTakesALiveOwnersDirectory() throws Exception {
        Process owner = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                EmbeddedDatabaseOwner.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(owner);

            assertThatThrownBy(() -> EmbeddedDatabase.start(dataDir))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("in use by another running process");

            owner.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            ProcessHandle orphan = OrphanedPostmaster.livePostmaster(dataDir).orElseThrow(
                    () -> new AssertionError("the killed owner's PostgreSQL should still be running"));

            try (EmbeddedDatabase restarted = EmbeddedDatabase.start(dataDir)) {
                assertThat(orphan.isAlive()).isFalse();
                try (Connection connection = restarted.dataSource().getConnection();
                     Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT 1")) {
                    assertThat(result.next()).isTrue();
                }
            }
        } finally {
            owner.destroyForcibly();
            OrphanedPostmaster.livePostmaster(dataDir).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private static void awaitReady(Process owner) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(owner.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith("ready on port")) {
                return;
            }
            seen.add(line);
        }
        throw new AssertionError("the owner process ended before its database was ready: " + seen);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String setting(String name) throws SQLException {
        try (Connection connection = TestPostgres.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }
}
