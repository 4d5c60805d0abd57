package io.newsstream.ingest;

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
import io.newsstream.ingest.feed.FeedConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Every setting of the ingest service, validated once at start-up.
 *
 * @param http the address and bounds of the HTTP server ({@code ingest.host}, {@code ingest.port}, {@code http.*})
 * @param kafka the {@code kafka.*} settings, handed to the Kafka clients unchanged
 * @param articleLimits the largest article (all fields, {@code ingest.max.article.bytes}) and the per-field limits
 * @param maxBatchArticles the most articles one NDJSON request may hold
 * @param authTokens who may post articles; {@link BearerTokens#none()} leaves the API open. Holds only digests, so
 *        printing this record cannot reveal a token
 * @param retryAfter what a 503 answer tells clients to wait before retrying
 * @param topicReplicationFactor for topics ingest creates; -1 means the broker's default
 * @param feeds the RSS/Atom feeds to poll, none by default
 * @param watchDir the drop folder whose files become articles, or null for none
 */
public record IngestConfig(
        HttpSettings http,
        int maxRequestBytes,
        ArticleLimits articleLimits,
        int maxBatchArticles,
        BearerTokens authTokens,
        Duration sendTimeout,
        Duration retryAfter,
        int topicPartitions,
        short topicReplicationFactor,
        Topics topics,
        String instance,
        KafkaClientSettings kafka,
        FeedConfig feeds,
        Path watchDir) {

    public static final String HOST = "ingest.host";
    public static final String PORT = "ingest.port";
    public static final String MAX_REQUEST_BYTES = "ingest.max.request.bytes";
    public static final String MAX_ARTICLE_BYTES = "ingest.max.article.bytes";
    /** The largest HTML page, decoded, in UTF-8 bytes; its other fields count against {@link #MAX_ARTICLE_BYTES}. */
    public static final String MAX_HTML_BYTES = "ingest.max.html.bytes";
    public static final String MAX_URL_CHARS = "ingest.max.url.chars";
    public static final String MAX_TITLE_CHARS = "ingest.max.title.chars";
    /** Bounded by {@link ArticleLimits#MAX_INDEXED_CHARS}: the sink indexes outlet names. */
    public static final String MAX_OUTLET_HINT_CHARS = "ingest.max.outlet.hint.chars";
    public static final String MAX_BATCH_ARTICLES = "ingest.max.batch.articles";
    /** Comma-separated bearer tokens; unset by default, which leaves the API open. */
    public static final String AUTH_TOKENS = "ingest.auth.tokens";
    /** A file of bearer tokens, one per line, {@code #} comments; read once at start-up. */
    public static final String AUTH_TOKENS_FILE = "ingest.auth.tokens.file";
    public static final String SEND_TIMEOUT = "ingest.send.timeout";
    public static final String RETRY_AFTER = "ingest.retry.after";
    public static final String TOPIC_PARTITIONS = "ingest.topic.partitions";
    public static final String TOPIC_REPLICATION_FACTOR = "ingest.topic.replication.factor";
    /** A drop folder: files appearing there are ingested, then moved to {@code done/} or {@code failed/}. Unset by default. */
    public static final String WATCH_DIR = "ingest.watch.dir";

    public static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry(HOST, "0.0.0.0"),
            Map.entry(PORT, "8080"),
            Map.entry(MAX_REQUEST_BYTES, "10MiB"),
            Map.entry(MAX_ARTICLE_BYTES, "1MiB"),
            Map.entry(MAX_HTML_BYTES, "2MiB"),
            Map.entry(MAX_URL_CHARS, String.valueOf(ArticleLimits.DEFAULT_MAX_URL_CHARS)),
            Map.entry(MAX_TITLE_CHARS, String.valueOf(ArticleLimits.DEFAULT_MAX_TITLE_CHARS)),
            Map.entry(MAX_OUTLET_HINT_CHARS, String.valueOf(ArticleLimits.DEFAULT_MAX_OUTLET_HINT_CHARS)),
            Map.entry(MAX_BATCH_ARTICLES, "1000"),
            Map.entry(SEND_TIMEOUT, "10s"),
            Map.entry(RETRY_AFTER, "5s"),
            Map.entry(TOPIC_PARTITIONS, "3"),
            Map.entry(TOPIC_REPLICATION_FACTOR, "-1"),
            Map.entry(FeedConfig.INTERVAL, FeedConfig.DEFAULTS.get(FeedConfig.INTERVAL)),
            Map.entry(FeedConfig.FETCH_PAGES, FeedConfig.DEFAULTS.get(FeedConfig.FETCH_PAGES)));

    /** Every key ingest reads; any other {@code ingest.*} key is a mistake. */
    public static final KnownSettings KNOWN = ServiceMain.SHARED.and(KnownSettings.of(Set.of("ingest."), DEFAULTS,
            AUTH_TOKENS, AUTH_TOKENS_FILE, WATCH_DIR, FeedConfig.FILE, FeedConfig.URLS, FeedConfig.STATE_DIR));

    /**
     * JSON escaping at most doubles a page (a quote becomes two characters), and the record also holds the other
     * fields: 3 MiB of page stays under the 8 MiB record limit the producer and the topics share.
     */
    private static final int MAX_HTML_SETTING = 3 * 1024 * 1024;
    // Bodies are held in one byte array; stay far below the JVM's array limit.
    private static final long MAX_SIZE_SETTING = 1024L * 1024 * 1024;

    public String host() {
        return http.host();
    }

    public int port() {
        return http.port();
    }

    /** Reads and validates the settings; fails with the key and the reason. */
    public static IngestConfig from(Settings settings) {
        int maxRequestBytes = size(settings, MAX_REQUEST_BYTES);
        int maxArticleBytes = size(settings, MAX_ARTICLE_BYTES);
        if (maxArticleBytes > maxRequestBytes) {
            throw new ConfigException(MAX_ARTICLE_BYTES + " (" + maxArticleBytes + ") must not exceed "
                    + MAX_REQUEST_BYTES + " (" + maxRequestBytes + ")");
        }
        int htmlSetting = size(settings, MAX_HTML_BYTES);
        // A page is never larger than the request carrying it: a smaller request limit is the page limit too.
        int maxHtmlBytes = Math.min(htmlSetting, maxRequestBytes);
        if (maxHtmlBytes > MAX_HTML_SETTING) {
            throw new ConfigException(MAX_HTML_BYTES + " must be at most 3MiB, got " + maxHtmlBytes
                    + " bytes: a page, JSON-escaped, must fit in one Kafka record of " + Topics.MAX_RECORD_BYTES + " bytes");
        }
        ArticleLimits articleLimits = new ArticleLimits(maxArticleBytes,
                chars(settings, MAX_URL_CHARS, Integer.MAX_VALUE),
                chars(settings, MAX_TITLE_CHARS, Integer.MAX_VALUE),
                chars(settings, MAX_OUTLET_HINT_CHARS, ArticleLimits.MAX_INDEXED_CHARS),
                maxHtmlBytes);
        int maxBatchArticles = settings.integerAtLeast(MAX_BATCH_ARTICLES, 1);
        BearerTokens authTokens = BearerTokenSettings.load(
                AUTH_TOKENS, settings.find(AUTH_TOKENS), AUTH_TOKENS_FILE, settings.find(AUTH_TOKENS_FILE));
        int partitions = settings.integerAtLeast(TOPIC_PARTITIONS, 1);
        int replication = settings.integer(TOPIC_REPLICATION_FACTOR);
        if (replication == 0 || replication < -1 || replication > Short.MAX_VALUE) {
            throw new ConfigException(TOPIC_REPLICATION_FACTOR + " must be -1 (broker default) or at least 1, got " + replication);
        }
        return new IngestConfig(
                HttpSettings.from(settings, IngestService.NAME),
                maxRequestBytes,
                articleLimits,
                maxBatchArticles,
                authTokens,
                settings.positiveDuration(SEND_TIMEOUT),
                settings.positiveDuration(RETRY_AFTER),
                partitions,
                (short) replication,
                CommonSettings.topics(settings),
                CommonSettings.instance(settings),
                KafkaClientSettings.from(settings),
                FeedConfig.from(settings),
                settings.find(WATCH_DIR).map(Path::of).orElse(null));
    }

    /** The largest accepted article, all fields together, in UTF-8 bytes. */
    public int maxArticleBytes() {
        return articleLimits.maxArticleBytes();
    }

    private static int size(Settings settings, String key) {
        long bytes = ByteSize.parse(key, settings.string(key));
        if (bytes > MAX_SIZE_SETTING) {
            throw new ConfigException(key + " must be at most 1GiB, got " + bytes + " bytes");
        }
        return (int) bytes;
    }

    /** A field limit in characters. */
    private static int chars(Settings settings, String key, int max) {
        int value = settings.integer(key);
        if (value < 1 || value > max) {
            throw new ConfigException(key + " must be between 1 and " + max + ", got " + value);
        }
        return value;
    }
}
