package io.newsstream.deploy.prove;

import io.newsstream.deploy.local.LocalSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * {@code newsstream local} as a child process on free loopback ports with its data under a case's directory, so a
 * proof can {@code kill -9} it, start it again on the same data and ports, and find its PostgreSQL.
 */
public final class LocalModeProcess implements PipelineUnderProof {

    private final Endpoints endpoints;
    private final Path dir;
    private final ChildProcess child;

    private LocalModeProcess(Endpoints endpoints, Path dir, ChildProcess child) {
        this.endpoints = endpoints;
        this.dir = dir;
        this.child = child;
    }

    /** Prepares local mode with its data in {@code dir/data} and its log in {@code dir/local.log}; not started yet. */
    public static LocalModeProcess in(Path jar, Path dir) {
        Endpoints endpoints = new Endpoints(LocalSettings.freePort(), LocalSettings.freePort(),
                LocalSettings.freePort(), LocalSettings.freePort());
        ChildProcess child = new ChildProcess("local",
                ChildEnvironment.newsstream(jar, "local", "--no-samples", "--data-dir", dir.resolve("data").toString(),
                        "--kafka-port", String.valueOf(endpoints.kafkaPort())),
                ChildEnvironment.services(endpoints, dir), dir.resolve("local.log"));
        return new LocalModeProcess(endpoints, dir, child);
    }

    public void start() throws IOException {
        child.start();
    }

    /** {@code kill -9} of local mode's JVM; its PostgreSQL, in a session of its own, keeps running. */
    public void kill() throws InterruptedException {
        child.kill();
    }

    /** The embedded PostgreSQL, while it runs. */
    public Optional<Postmaster> postmaster() throws IOException {
        return Postmaster.of(dir.resolve("data").resolve("postgres"));
    }

    @Override
    public Endpoints endpoints() {
        return endpoints;
    }

    @Override
    public Path logDir() {
        return dir;
    }

    @Override
    public void awaitReady(Duration timeout) throws NotReadyException, InterruptedException {
        ReadinessWait.await(new PipelineHttp(endpoints), timeout, () -> child.alive() ? ""
                : "local mode exited; the end of " + child.log() + ":\n" + child.logTail(4));
    }

    /** Stops local mode politely, then kills a PostgreSQL an earlier {@code kill -9} left behind. */
    @Override
    public void close() throws Exception {
        child.stop();
        Optional<Postmaster> orphan = postmaster();
        if (orphan.isPresent()) {
            orphan.get().kill();
        }
    }
}
