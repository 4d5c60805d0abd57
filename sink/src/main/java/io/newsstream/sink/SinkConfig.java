package io.newsstream.sink;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import io.newsstream.core.kafka.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Every setting of the sink, validated once at start-up.
 *
 * @param jdbcUrl the PostgreSQL to write to, or null to start the embedded one under {@code dataDir}
 * @param kafka client settings passed through to the consumer and the dead-letter producer
 */
public record SinkConfig(
        String host,
        int port,
        String groupId,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        Path dataDir,
        Duration pollTimeout,
        Duration retryBackoff,
        Duration retryBackoffMax,
        Topics topics,
        Properties kafka,
        String instance,
        int streamQueueEvents,
        Duration streamHeartbeat) {

    public static final String HOST = "sink.host";
    public static final String PORT = "sink.port";
    public static final String GROUP_ID = "sink.group.id";
    public static final String JDBC_URL = "sink.jdbc.url";
    public static final String JDBC_USER = "sink.jdbc.user";
    public static final String JDBC_PASSWORD = "sink.jdbc.password";
    /** A file holding the password, e.g. a mounted Kubernetes secret; an alternative to {@link #JDBC_PASSWORD}. */
    public static final String JDBC_PASSWORD_FILE = "sink.jdbc.password.file";
    /** Where the embedded PostgreSQL keeps its data, across restarts; unused when {@link #JDBC_URL} is set. */
    public static final String DATA_DIR = "sink.data.dir";
    public static final String POLL_TIMEOUT = "sink.poll.timeout";
    /** The first wait after a failed database write; it doubles on each failure up to {@link #RETRY_BACKOFF_MAX}. */
    public static final String RETRY_BACKOFF = "sink.retry.backoff";
    public static final String RETRY_BACKOFF_MAX = "sink.retry.backoff.max";
    /** How many events a live-stream subscriber may fall behind by before it is dropped. */
    public static final String STREAM_QUEUE_EVENTS = "sink.stream.queue.events";
    /** The silence after which a live stream sends a keep-alive comment. */
    public static final String STREAM_HEARTBEAT = "sink.stream.heartbeat";

    public static final Map<String, String> DEFAULTS = Map.of(
            HOST, "0.0.0.0",
            PORT, "8082",
            GROUP_ID, "newsstream-sink",
            DATA_DIR, Path.of(System.getProperty("user.home"), ".newsstream", "postgres").toString(),
            POLL_TIMEOUT, "500ms",
            RETRY_BACKOFF, "500ms",
            RETRY_BACKOFF_MAX, "30s",
            STREAM_QUEUE_EVENTS, "1000",
            STREAM_HEARTBEAT, "15s");

    private static final String JDBC_URL_PREFIX = "jdbc:postgresql:";

    public SinkConfig {
        kafka = copy(kafka);
    }

    /** Reads and checks the sink's settings; the exception names the key and the reason. */
    public static SinkConfig from(Settings settings) {
        Settings all = Settings.of(DEFAULTS).with(settings.asMap());
        String jdbcUrl = all.find(JDBC_URL).orElse(null);
        if (jdbcUrl != null && !jdbcUrl.startsWith(JDBC_URL_PREFIX)) {
            throw new ConfigException(JDBC_URL + " must be a PostgreSQL JDBC URL starting with " + JDBC_URL_PREFIX
                    + ", got '" + jdbcUrl + "'");
        }
        Duration pollTimeout = positive(all, POLL_TIMEOUT);
        Duration retryBackoff = positive(all, RETRY_BACKOFF);
        Duration retryBackoffMax = positive(all, RETRY_BACKOFF_MAX);
        if (retryBackoffMax.compareTo(retryBackoff) < 0) {
            throw new ConfigException(RETRY_BACKOFF_MAX + " must be at least " + RETRY_BACKOFF + " (" + retryBackoff
                    + "), got " + retryBackoffMax);
        }
        return new SinkConfig(
                all.string(HOST),
                all.port(PORT),
                all.string(GROUP_ID),
                jdbcUrl,
                all.find(JDBC_USER).orElse(null),
                password(all),
                Path.of(all.string(DATA_DIR)),
                pollTimeout,
                retryBackoff,
                retryBackoffMax,
                CommonSettings.topics(all),
                all.kafkaProperties(),
                all.find(CommonSettings.INSTANCE).orElseGet(SinkConfig::hostName),
                positiveInteger(all, STREAM_QUEUE_EVENTS),
                positive(all, STREAM_HEARTBEAT));
    }

    /** True when the sink starts its own PostgreSQL rather than connecting to one. */
    public boolean embeddedDatabase() {
        return jdbcUrl == null;
    }

    @Override
    public Properties kafka() {
        return copy(kafka);
    }

    /** Like the generated one, without the password. */
    @Override
    public String toString() {
        return "SinkConfig[host=" + host + ", port=" + port + ", groupId=" + groupId
                + ", jdbcUrl=" + (jdbcUrl == null ? "(embedded)" : jdbcUrl) + ", jdbcUser=" + jdbcUser
                + ", jdbcPassword=" + (jdbcPassword == null ? "(none)" : "(set)") + ", dataDir=" + dataDir
                + ", pollTimeout=" + pollTimeout + ", retryBackoff=" + retryBackoff + ", retryBackoffMax="
                + retryBackoffMax + ", topics=" + topics.allNames() + ", instance=" + instance
                + ", streamQueueEvents=" + streamQueueEvents + ", streamHeartbeat=" + streamHeartbeat + "]";
    }

    private static String password(Settings settings) {
        Optional<String> inline = settings.find(JDBC_PASSWORD);
        Optional<String> file = settings.find(JDBC_PASSWORD_FILE);
        if (inline.isPresent() && file.isPresent()) {
            throw new ConfigException("set either " + JDBC_PASSWORD + " or " + JDBC_PASSWORD_FILE + ", not both");
        }
        if (file.isEmpty()) {
            return inline.orElse(null);
        }
        try {
            // Secret files usually end with a newline that is not part of the password.
            return Files.readString(Path.of(file.get()), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException(JDBC_PASSWORD_FILE + " cannot be read: " + e.getMessage());
        }
    }

    private static Duration positive(Settings settings, String key) {
        Duration value = settings.duration(key);
        if (value.isNegative() || value.isZero()) {
            throw new ConfigException(key + " must be positive, got " + value);
        }
        return value;
    }

    private static int positiveInteger(Settings settings, String key) {
        int value = settings.integer(key);
        if (value < 1) {
            throw new ConfigException(key + " must be at least 1, got " + value);
        }
        return value;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "sink";
        }
    }

    private static Properties copy(Properties properties) {
        Properties copy = new Properties();
        if (properties != null) {
            copy.putAll(properties);
        }
        return copy;
    }
}
