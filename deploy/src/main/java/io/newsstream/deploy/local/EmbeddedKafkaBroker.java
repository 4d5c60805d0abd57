package io.newsstream.deploy.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one) running inside this JVM from Kafka's own
 * jars: what local mode and the integration tests run against. Not a fake: clients talk to it over TCP.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** The broker's own account on a SASL listener, for the connections it makes to itself. */
    private static final String BROKER_USER = "embedded-broker";

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private final Path dataDir;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers, Path dataDir) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
        this.dataDir = dataDir;
    }

    /**
     * Formats the data directory if it is new, then starts the broker.
     *
     * @param dataDir where the broker keeps its logs; an existing, formatted directory is reused with its data
     * @param port the client port, or 0 for a free one
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /**
     * Like {@link #start(Path, int)}, but when {@code saslPlainUsers} is not empty the client port is a
     * SASL_PLAINTEXT listener with the PLAIN mechanism: clients must log in as one of these users (name to
     * password), as against a secured production cluster.
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> saslPlainUsers) {
        try {
            Files.createDirectories(dataDir);
            int brokerPort = port == 0 ? LocalSettings.freePort() : port;
            int controllerPort = LocalSettings.freePort();
            Properties props = brokerProperties(dataDir, brokerPort, controllerPort, saslPlainUsers);
            format(dataDir);
            KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
            server.startup();
            String bootstrap = "127.0.0.1:" + brokerPort;
            log.info("embedded Kafka broker started on {} (data in {})", bootstrap, dataDir);
            return new EmbeddedKafkaBroker(server, bootstrap, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the embedded Kafka broker in " + dataDir, e);
        }
    }

    static Properties brokerProperties(Path dataDir, int brokerPort, int controllerPort, Map<String, String> saslPlainUsers) {
        String listener = saslPlainUsers.isEmpty() ? "PLAINTEXT" : "SASL_PLAINTEXT";
        Properties props = new Properties();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        props.put("listeners", listener + "://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", listener + "://127.0.0.1:" + brokerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", listener + ":" + listener + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", listener);
        if (!saslPlainUsers.isEmpty()) {
            props.put("sasl.enabled.mechanisms", "PLAIN");
            props.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
            props.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plainJaasConfig(saslPlainUsers));
        }
        props.put("log.dirs", dataDir.toString());
        // One node: every internal topic can only have one replica.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // Fewer internal partitions: faster start on a laptop, and nothing here needs fifty.
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.num.partitions", "5");
        // Consumers of a fresh group start at once instead of waiting for more members.
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "3");
        return props;
    }

    /** The broker side of SASL/PLAIN: its own login, and a {@code user_NAME="password"} entry per accepted user. */
    private static String plainJaasConfig(Map<String, String> users) {
        String brokerPassword = Uuid.randomUuid().toString();
        StringBuilder jaas = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required")
                .append(" username=\"").append(BROKER_USER).append("\" password=\"").append(brokerPassword).append('"')
                .append(" user_").append(BROKER_USER).append("=\"").append(brokerPassword).append('"');
        users.forEach((user, password) -> jaas.append(" user_").append(user).append("=\"").append(password).append('"'));
        return jaas.append(';').toString();
    }

    private static void format(Path dataDir) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            // Formatted by an earlier run: keep its cluster id and its data.
            return;
        }
        try (PrintStream quiet = new PrintStream(OutputStream.nullOutputStream())) {
            new Formatter()
                    .setPrintStream(quiet)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(dataDir.toString()))
                    .setMetadataLogDirectory(dataDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        log.info("embedded Kafka broker stopped");
    }
}
