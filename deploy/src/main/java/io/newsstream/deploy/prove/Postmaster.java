package io.newsstream.deploy.prove;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL server of a data directory, found through its {@code postmaster.pid} (first line the process id,
 * fourth the port). The embedded database runs in its own session and outlives the JVM that started it, so a proof
 * that crashes "the machine" must kill it too, and the database faults signal it directly.
 */
public record Postmaster(long pid, int port) {

    /** The running server of {@code dataDir}, or empty when there is no pid file or its process is gone. */
    public static Optional<Postmaster> of(Path dataDir) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        Postmaster postmaster = new Postmaster(Long.parseLong(lines.get(0).trim()), Integer.parseInt(lines.get(3).trim()));
        return postmaster.alive() ? Optional.of(postmaster) : Optional.empty();
    }

    public boolean alive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && !zombie(pid);
    }

    // A killed server whose parent is gone may linger as a zombie where nothing reaps orphans (a container's init).
    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"), StandardCharsets.UTF_8);
            return stat.substring(stat.lastIndexOf(')') + 1).trim().startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Sends a signal to the server and its backends: STOP and CONT must reach every process to freeze it whole. */
    public void signal(String signal) throws IOException, InterruptedException {
        ChildProcess.signalTree(pid, signal);
    }

    /** {@code kill -9} of the server and its backends, and waits until the server is gone (at most 10 s). */
    public void kill() throws IOException, InterruptedException {
        signal("KILL");
        for (int i = 0; i < 100 && alive(); i++) {
            Thread.sleep(100);
        }
    }
}
