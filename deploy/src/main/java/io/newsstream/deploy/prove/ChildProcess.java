package io.newsstream.deploy.prove;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command run as a child process with its output in a log file, so a proof can kill it for real ({@code kill -9}
 * of the process and its descendants), stop it politely, or freeze it. Can be started again after it ended.
 */
public final class ChildProcess implements AutoCloseable {

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(40);

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    public ChildProcess(String name, List<String> command, Map<String, String> environment, Path log) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.log = log;
    }

    /** Starts the command; the output of every start is appended to the same log file. */
    public synchronized void start() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        Files.createDirectories(log.getParent());
        Files.writeString(log, "=== " + Instant.now() + " starting: " + String.join(" ", command) + "\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Settings inherited from the caller's shell would make a proof depend on who runs it.
        builder.environment().keySet().removeIf(key -> key.startsWith("NEWSSTREAM_"));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    public String name() {
        return name;
    }

    public Path log() {
        return log;
    }

    public synchronized boolean alive() {
        return process != null && process.isAlive();
    }

    /** Started at least once and not running now: it died, was killed or stopped. */
    public synchronized boolean exited() {
        return process != null && !process.isAlive();
    }

    /** {@code kill -9} of the process and every descendant it has now, as a crash or an OOM killer would. */
    public synchronized void kill() throws InterruptedException {
        if (process == null) {
            return;
        }
        // Listed before the parent dies: afterwards they are re-parented and no longer its descendants.
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops a service, then {@code kill -9} if it is still running after a while. */
    public synchronized void stop() throws InterruptedException {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            kill();
        }
    }

    /** The last lines of the log, to say why a child died or never became ready. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Sends a signal ({@code STOP}, {@code CONT}, {@code TERM}, {@code KILL}) to a process by id, with kill(1). */
    public static void signal(long pid, String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).redirectErrorStream(true).start();
        if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
            throw new IOException("kill -" + signal + " " + pid + " failed: "
                    + new String(kill.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
        }
    }

    /** Sends a signal to a process and all its descendants (children first for KILL, parent first otherwise). */
    public static void signalTree(long pid, String signal) throws IOException, InterruptedException {
        List<Long> pids = new ArrayList<>();
        pids.add(pid);
        ProcessHandle.of(pid).ifPresent(handle -> handle.descendants().forEach(d -> pids.add(d.pid())));
        for (long each : pids) {
            try {
                signal(each, signal);
            } catch (IOException e) {
                // A child that ended meanwhile is fine; the parent must take the signal.
                if (each == pid) {
                    throw e;
                }
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
