package io.newsstream.deploy.prove;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.kafka.TopicSetup;
import io.newsstream.core.kafka.Topics;
import io.newsstream.deploy.local.LocalSettings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The pipeline as five processes, as in production: a Kafka broker ({@code newsstream broker}), PostgreSQL
 * ({@code newsstream database}), and {@code newsstream ingest}, {@code enrich} and {@code sink}, each a child that
 * a case can kill, stop, freeze or restart on its own.
 */
public final class SplitPipeline implements PipelineUnderProof {

    public static final String BROKER = "broker";
    public static final String DATABASE = "database";
    public static final String ENRICH = "enrich";
    public static final String INGEST = "ingest";
    public static final String SINK = "sink";
    private static final int PARTITIONS = 3;

    private final Endpoints endpoints;
    private final int databasePort;
    private final Path dir;
    // In start order: the broker and the database before the services that need them.
    private final Map<String, ChildProcess> children = new LinkedHashMap<>();

    private SplitPipeline(Endpoints endpoints, int databasePort, Path dir) {
        this.endpoints = endpoints;
        this.databasePort = databasePort;
        this.dir = dir;
    }

    /** Prepares the five children with their data and logs under {@code dir}; nothing runs yet. */
    public static SplitPipeline in(Path jar, Path dir) {
        Endpoints endpoints = new Endpoints(LocalSettings.freePort(), LocalSettings.freePort(),
                LocalSettings.freePort(), LocalSettings.freePort());
        SplitPipeline pipeline = new SplitPipeline(endpoints, LocalSettings.freePort(), dir);
        Map<String, String> services = ChildEnvironment.services(endpoints, dir);
        services.put(ChildEnvironment.variable(CommonSettings.BOOTSTRAP_SERVERS), endpoints.bootstrapServers());
        services.put(ChildEnvironment.variable(SinkConfig.JDBC_URL),
                "jdbc:postgresql://127.0.0.1:" + pipeline.databasePort + "/" + DatabaseCommand.DATABASE);
        services.put(ChildEnvironment.variable(SinkConfig.JDBC_USER), DatabaseCommand.USER);
        // A restarted enrich takes its partitions back at once, as a pod with a stable name does.
        services.put(ChildEnvironment.variable(EnrichConfig.GROUP_INSTANCE_ID), "prove-enrich");
        pipeline.add(jar, BROKER, Map.of(), "--data-dir", dir.resolve("kafka").toString(),
                "--port", String.valueOf(endpoints.kafkaPort()));
        pipeline.add(jar, DATABASE, Map.of(), "--data-dir", dir.resolve("postgres").toString(),
                "--port", String.valueOf(pipeline.databasePort));
        pipeline.add(jar, ENRICH, services);
        pipeline.add(jar, INGEST, services);
        pipeline.add(jar, SINK, services);
        return pipeline;
    }

    /** A child running {@code newsstream NAME ARGS...}: each process is the launcher command of the same name. */
    private void add(Path jar, String name, Map<String, String> environment, String... options) {
        String[] args = new String[options.length + 1];
        args[0] = name;
        System.arraycopy(options, 0, args, 1, options.length);
        children.put(name, new ChildProcess(name, ChildEnvironment.newsstream(jar, args), environment,
                dir.resolve(name + ".log")));
    }

    /**
     * Starts every child that is not running (all of them the first time), the broker and the database first,
     * then creates the topics so the services do not race to, and waits until the services are ready.
     */
    public void startMissing(Duration timeout) throws IOException, NotReadyException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (String name : List.of(BROKER, DATABASE)) {
            if (!children.get(name).alive()) {
                children.get(name).start();
            }
        }
        awaitPort(BROKER, endpoints.kafkaPort(), deadline);
        awaitPort(DATABASE, databasePort, deadline);
        Properties kafka = new Properties();
        kafka.put("bootstrap.servers", endpoints.bootstrapServers());
        TopicSetup.ensureTopics(kafka, new Topics(""), PARTITIONS, (short) 1);
        for (String name : List.of(ENRICH, INGEST, SINK)) {
            if (!children.get(name).alive()) {
                children.get(name).start();
            }
        }
        awaitReady(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    private void awaitPort(String name, int port, long deadlineNanos) throws NotReadyException, InterruptedException {
        while (true) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException e) {
                String dead = deadChild();
                if (!dead.isEmpty()) {
                    throw new NotReadyException(dead);
                }
                if (System.nanoTime() > deadlineNanos) {
                    throw new NotReadyException(name + " does not listen on port " + port);
                }
                Thread.sleep(300);
            }
        }
    }

    @Override
    public void awaitReady(Duration timeout) throws NotReadyException, InterruptedException {
        ReadinessWait.await(new PipelineHttp(endpoints), timeout, this::deadChild);
    }

    private String deadChild() {
        for (ChildProcess child : children.values()) {
            if (child.exited()) {
                return child.name() + " is not running; the end of " + child.log() + ":\n" + child.logTail(4);
            }
        }
        return "";
    }

    public ChildProcess child(String name) {
        return children.get(name);
    }

    /** The PostgreSQL server the database child started, while it runs. */
    public Optional<Postmaster> postmaster() throws IOException {
        return Postmaster.of(dir.resolve("postgres"));
    }

    @Override
    public Endpoints endpoints() {
        return endpoints;
    }

    @Override
    public Path logDir() {
        return dir;
    }

    /** Stops the services first and the broker last, then kills a PostgreSQL a crash left behind. */
    @Override
    public void close() throws Exception {
        List<ChildProcess> inStartOrder = List.copyOf(children.values());
        for (int i = inStartOrder.size() - 1; i >= 0; i--) {
            inStartOrder.get(i).stop();
        }
        Optional<Postmaster> orphan = postmaster();
        if (orphan.isPresent()) {
            orphan.get().kill();
        }
    }
}
