package io.newsstream.sink;

import io.newsstream.core.ServiceMain;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.KafkaClientSettings;
import io.newsstream.core.config.KnownSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.http.BearerTokenSettings;
import io.newsstream.core.http.BearerTokens;
import io.newsstream.core.http.HttpSettings;
import io.newsstream.core.kafka.Topics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every setting of the sink, validated once at start-up.
 *
 * @param http the address and bounds of the HTTP server ({@code sink.host}, {@code sink.port}, {@code http.*})
 * @param apiTokens who may query and subscribe ({@code /v1/*}); {@link BearerTokens#none()} leaves the API open
 * @param groupInstanceId static group membership for this instance, or null for dynamic membership
 * @param jdbcUrl the PostgreSQL to write to, or null to start the embedded one under {@code dataDir}
 * @param poolSize the most connections the query API holds open at once
 * @param connectionTimeout how long a request or a write waits for a connection before it fails
 * @param queryTimeout how long one query of the API may run before the database cancels it
 * @param writeTimeout how long the writer waits for the database to answer before it retries the batch
 * @param indexBatchSize the most articles the search indexer indexes in one transaction
 * @param indexPollInterval how often the search indexer looks for stored articles to index
 * @param kafka client settings passed through to the consumer and the dead-letter producer
 */
public record SinkConfig(
        HttpSettings http,
        BearerTokens apiTokens,
        String groupId,
        String groupInstanceId,
        String jdbcUrl,
        String jdbcUser,
        String jdbcPassword,
        Path dataDir,
        int poolSize,
        Duration connectionTimeout,
        Duration queryTimeout,
        Duration writeTimeout,
        int indexBatchSize,
        Duration indexPollInterval,
        Duration pollTimeout,
        Duration retryBackoff,
        Duration retryBackoffMax,
        Topics topics,
        KafkaClientSettings kafka,
        String instance,
        int streamQueueEvents,
        Duration streamHeartbeat) {

    public static final String HOST = "sink.host";
    public static final String PORT = "sink.port";
    /** Comma-separated bearer tokens for the query API and the live stream; unset by default, which leaves them open. */
    public static final String AUTH_TOKENS = "sink.auth.tokens";
    /** A file of bearer tokens for the query API and the live stream, one per line, {@code #} comments. */
    public static final String AUTH_TOKENS_FILE = "sink.auth.tokens.file";
    /** Unset, the group is {@link #DEFAULT_GROUP_ID} behind {@code topic.prefix}. */
    public static final String GROUP_ID = "sink.group.id";
    public static final String DEFAULT_GROUP_ID = "newsstream-sink";
    /**
     * Static membership (a name that survives restarts, unique per instance): a restarted sink takes its partitions
     * back at once instead of waiting out the session of its previous incarnation.
     */
    public static final String GROUP_INSTANCE_ID = "sink.group.instance.id";
    public static final String JDBC_URL = "sink.jdbc.url";
    public static final String JDBC_USER = "sink.jdbc.user";
    public static final String JDBC_PASSWORD = "sink.jdbc.password";
    /** A file holding the password, e.g. a mounted Kubernetes secret; an alternative to {@link #JDBC_PASSWORD}. */
    public static final String JDBC_PASSWORD_FILE = "sink.jdbc.password.file";
    /** Where the embedded PostgreSQL keeps its data, across restarts; unused when {@link #JDBC_URL} is set. */
    public static final String DATA_DIR = "sink.data.dir";
    /** The query API's connection pool; the writer has a connection of its own. */
    public static final String POOL_SIZE = "sink.jdbc.pool.size";
    /** How long a request or a write waits for a connection, so a hanging database fails a request instead of piling it up. */
    public static final String CONNECTION_TIMEOUT = "sink.jdbc.connection.timeout";
    /** The PostgreSQL {@code statement_timeout} of API queries; the client gives up 2 s later if the server is silent. */
    public static final String QUERY_TIMEOUT = "sink.jdbc.query.timeout";
    /** How long the writer waits on a silent database before it gives the batch up and retries it. */
    public static final String WRITE_TIMEOUT = "sink.jdbc.write.timeout";
    /** How many stored articles the search indexer indexes per transaction. */
    public static final String INDEX_BATCH_SIZE = "sink.index.batch.size";
    /** How often the search indexer looks for stored articles to index: about the longest a search lags the store. */
    public static final String INDEX_POLL_INTERVAL = "sink.index.poll.interval";
    public static final String POLL_TIMEOUT = "sink.poll.timeout";
    /** The first wait after a failed database write; it doubles on each failure up to {@link #RETRY_BACKOFF_MAX}. */
    public static final String RETRY_BACKOFF = "sink.retry.backoff";
    public static final String RETRY_BACKOFF_MAX = "sink.retry.backoff.max";
    /** How many events a live-stream subscriber may fall behind by before it is dropped. */
    public static final String STREAM_QUEUE_EVENTS = "sink.stream.queue.events";
    /** The silence after which a live stream sends a keep-alive comment. */
    public static final String STREAM_HEARTBEAT = "sink.stream.heartbeat";

    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(HOST, "0.0.0.0"),
            Map.entry(PORT, "8082"),
            Map.entry(DATA_DIR, Path.of(System.getProperty("user.home"), ".newsstream", "postgres").toString()),
            Map.entry(POOL_SIZE, "8"),
            Map.entry(CONNECTION_TIMEOUT, "2s"),
            Map.entry(QUERY_TIMEOUT, "10s"),
            Map.entry(WRITE_TIMEOUT, "60s"),
            Map.entry(INDEX_BATCH_SIZE, "200"),
            Map.entry(INDEX_POLL_INTERVAL, "500ms"),
            Map.entry(POLL_TIMEOUT, "500ms"),
            Map.entry(RETRY_BACKOFF, "500ms"),
            Map.entry(RETRY_BACKOFF_MAX, "30s"),
            Map.entry(STREAM_QUEUE_EVENTS, "1000"),
            Map.entry(STREAM_HEARTBEAT, "15s"));

    /** Every key the sink reads; any other {@code sink.*} key is a mistake. */
    public static final KnownSettings KNOWN = ServiceMain.SHARED.and(KnownSettings.of(Set.of("sink."), DEFAULTS,
            AUTH_TOKENS, AUTH_TOKENS_FILE, GROUP_ID, GROUP_INSTANCE_ID, JDBC_URL, JDBC_USER, JDBC_PASSWORD, JDBC_PASSWORD_FILE));

    // HikariCP refuses a shorter connection timeout.
    private static final Duration MIN_CONNECTION_TIMEOUT = Duration.ofMillis(250);
    private static final String JDBC_URL_PREFIX = "jdbc:postgresql:";

    public String host() {
        return http.host();
    }

    public int port() {
        return http.port();
    }

    /** Reads and checks the sink's settings; the exception names the key and the reason. */
    public static SinkConfig from(Settings settings) {
        String jdbcUrl = settings.find(JDBC_URL).orElse(null);
        if (jdbcUrl != null && !jdbcUrl.startsWith(JDBC_URL_PREFIX)) {
            throw new ConfigException(JDBC_URL + " must be a PostgreSQL JDBC URL starting with " + JDBC_URL_PREFIX
                    + ", got '" + jdbcUrl + "'");
        }
        Duration connectionTimeout = settings.duration(CONNECTION_TIMEOUT);
        if (connectionTimeout.compareTo(MIN_CONNECTION_TIMEOUT) < 0) {
            throw new ConfigException(CONNECTION_TIMEOUT + " must be at least " + MIN_CONNECTION_TIMEOUT.toMillis()
                    + "ms, got " + connectionTimeout);
        }
        Duration pollTimeout = settings.positiveDuration(POLL_TIMEOUT);
        Duration retryBackoff = settings.positiveDuration(RETRY_BACKOFF);
        Duration retryBackoffMax = settings.positiveDuration(RETRY_BACKOFF_MAX);
        if (retryBackoffMax.compareTo(retryBackoff) < 0) {
            throw new ConfigException(RETRY_BACKOFF_MAX + " must be at least " + RETRY_BACKOFF + " (" + retryBackoff
                    + "), got " + retryBackoffMax);
        }
        return new SinkConfig(
                HttpSettings.from(settings, SinkService.NAME),
                BearerTokenSettings.load(AUTH_TOKENS, settings.find(AUTH_TOKENS), AUTH_TOKENS_FILE, settings.find(AUTH_TOKENS_FILE)),
                CommonSettings.pipelineId(settings, GROUP_ID, DEFAULT_GROUP_ID),
                settings.find(GROUP_INSTANCE_ID).filter(id -> !id.isBlank()).orElse(null),
                jdbcUrl,
                settings.find(JDBC_USER).orElse(null),
                password(settings),
                Path.of(settings.string(DATA_DIR)),
                settings.integerAtLeast(POOL_SIZE, 1),
                connectionTimeout,
                settings.positiveDuration(QUERY_TIMEOUT),
                settings.positiveDuration(WRITE_TIMEOUT),
                settings.integerAtLeast(INDEX_BATCH_SIZE, 1),
                settings.positiveDuration(INDEX_POLL_INTERVAL),
                pollTimeout,
                retryBackoff,
                retryBackoffMax,
                CommonSettings.topics(settings),
                KafkaClientSettings.from(settings),
                CommonSettings.instance(settings),
                settings.integerAtLeast(STREAM_QUEUE_EVENTS, 1),
                settings.positiveDuration(STREAM_HEARTBEAT));
    }

    /** True when the sink starts its own PostgreSQL rather than connecting to one. */
    public boolean embeddedDatabase() {
        return jdbcUrl == null;
    }

    /** Like the generated one, without the password. */
    @Override
    public String toString() {
        return "SinkConfig[http=" + http + ", apiTokens=" + apiTokens + ", groupId=" + groupId + ", groupInstanceId=" + groupInstanceId
                + ", jdbcUrl=" + (jdbcUrl == null ? "(embedded)" : jdbcUrl) + ", jdbcUser=" + jdbcUser
                + ", jdbcPassword=" + (jdbcPassword == null ? "(none)" : "(set)") + ", dataDir=" + dataDir
                + ", poolSize=" + poolSize + ", connectionTimeout=" + connectionTimeout + ", queryTimeout="
                + queryTimeout + ", writeTimeout=" + writeTimeout + ", indexBatchSize=" + indexBatchSize
                + ", indexPollInterval=" + indexPollInterval + ", pollTimeout=" + pollTimeout + ", retryBackoff="
                + retryBackoff + ", retryBackoffMax="
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
}
