package io.newsstream.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import io.newsstream.core.http.BearerTokens;
import io.newsstream.ingest.feed.FeedConfig;
import io.newsstream.ingest.feed.FeedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestConfigTest {

    @Test
    void defaultsGiveTheDocumentedValues() {
        IngestConfig config = IngestConfig.from(settings(Map.of()));

        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.maxRequestBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(config.maxArticleBytes()).isEqualTo(1024 * 1024);
        assertThat(config.maxBatchArticles()).isEqualTo(1000);
        assertThat(config.articleLimits()).isEqualTo(new ArticleLimits(1024 * 1024, 2048, 1000, 200));
        assertThat(config.authTokens().required()).isFalse();
        assertThat(config.sendTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.retryAfter()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.topicPartitions()).isEqualTo(3);
        assertThat(config.topicReplicationFactor()).isEqualTo((short) -1);
        assertThat(config.topics().raw().name()).isEqualTo("articles.raw");
        assertThat(config.kafka().properties()).containsEntry("bootstrap.servers", "localhost:9092");
    }

    @Test
    void environmentOverridesDefaultsAndKafkaSettingsPassThrough() {
        Settings settings = Settings.load(IngestConfig.KNOWN.defaults(), null, Map.of(
                "NEWSSTREAM_INGEST_PORT", "9090",
                "NEWSSTREAM_INGEST_MAX_ARTICLE_BYTES", "256KiB",
                "NEWSSTREAM_TOPIC_PREFIX", "prod.",
                "NEWSSTREAM_KAFKA_LINGER_MS", "20"));

        IngestConfig config = IngestConfig.from(settings);

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.maxArticleBytes()).isEqualTo(256 * 1024);
        assertThat(config.topics().raw().name()).isEqualTo("prod.articles.raw");
        assertThat(config.kafka().properties()).containsEntry("linger.ms", "20");
    }

    @Test
    void fieldLimitsAreSettable() {
        IngestConfig config = IngestConfig.from(settings(Map.of(IngestConfig.MAX_URL_CHARS, "4096",
                IngestConfig.MAX_TITLE_CHARS, "500", IngestConfig.MAX_OUTLET_HINT_CHARS, "100")));

        assertThat(config.articleLimits()).isEqualTo(new ArticleLimits(1024 * 1024, 4096, 500, 100));
    }

    @Test
    void outletHintLimitThatCouldOverflowAnIndexRowFailsNamingTheKey() {
        // outletHint is stored in an indexed column: at 4 UTF-8 bytes per character, 700 could pass PostgreSQL's 2704.
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.MAX_OUTLET_HINT_CHARS, "700"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.max.outlet.hint.chars must be between 1 and 500, got 700");
    }

    @Test
    void sizeInPlainBytesIsAccepted() {
        assertThat(IngestConfig.from(settings(Map.of(IngestConfig.MAX_REQUEST_BYTES, "2000000"))).maxRequestBytes())
                .isEqualTo(2_000_000);
    }

    @Test
    void thePageLimitIs2MibByDefaultAtMost3MibAndNeverOverTheRequestLimit() {
        assertThat(IngestConfig.from(settings(Map.of())).articleLimits().maxHtmlBytes()).isEqualTo(2 * 1024 * 1024);
        assertThat(IngestConfig.from(settings(Map.of(IngestConfig.MAX_HTML_BYTES, "3MiB"))).articleLimits().maxHtmlBytes())
                .isEqualTo(3 * 1024 * 1024);
        assertThat(IngestConfig.from(settings(Map.of(IngestConfig.MAX_REQUEST_BYTES, "1MiB"))).articleLimits().maxHtmlBytes())
                .isEqualTo(1024 * 1024);
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.MAX_HTML_BYTES, "4MiB"))))
                .isInstanceOf(ConfigException.class).hasMessageContaining(IngestConfig.MAX_HTML_BYTES);
    }

    @Test
    void malformedSizeFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.MAX_REQUEST_BYTES, "lots"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.max.request.bytes must be a size");
    }

    @Test
    void articleLimitAboveRequestLimitFails() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(
                IngestConfig.MAX_REQUEST_BYTES, "1MiB", IngestConfig.MAX_ARTICLE_BYTES, "2MiB"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ingest.max.article.bytes");
    }

    @Test
    void zeroSendTimeoutFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.SEND_TIMEOUT, "0s"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.send.timeout");
    }

    @Test
    void zeroPartitionsFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.TOPIC_PARTITIONS, "0"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.topic.partitions");
    }

    @Test
    void portOutOfRangeFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.PORT, "70000"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.port");
    }

    @Test
    void zeroBatchLimitFailsNamingTheKey() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.MAX_BATCH_ARTICLES, "0"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.max.batch.articles");
    }

    @Test
    void tokensFromTheListAndTheFileAreBothAccepted(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "# newsroom desks\n\ndesk-file-token-1\n  desk-file-token-2  \n# retired: old-token\n",
                StandardCharsets.UTF_8);

        BearerTokens tokens = IngestConfig.from(settings(Map.of(
                IngestConfig.AUTH_TOKENS, "desk-list-token-1, ,desk-list-token-2",
                IngestConfig.AUTH_TOKENS_FILE, file.toString()))).authTokens();

        assertThat(tokens.check("Bearer desk-list-token-2")).isEqualTo(BearerTokens.Verdict.GRANTED);
        assertThat(tokens.check("Bearer desk-file-token-2")).isEqualTo(BearerTokens.Verdict.GRANTED);
        assertThat(tokens.check("Bearer old-token")).isEqualTo(BearerTokens.Verdict.INVALID);
        assertThat(tokens.check("Bearer # newsroom desks")).isEqualTo(BearerTokens.Verdict.INVALID);
    }

    @Test
    void tokenFileWithoutTokensFailsRatherThanLeavingTheApiOpen(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "# nothing yet\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.AUTH_TOKENS_FILE, file.toString()))))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("holds no token");
    }

    @Test
    void unreadableTokenFileFailsNamingTheKey(@TempDir Path dir) {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.AUTH_TOKENS_FILE, dir.resolve("absent").toString()))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.auth.tokens.file: cannot read");
    }

    @Test
    void tokenWithAControlCharacterFailsWithoutQuotingIt() {
        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(IngestConfig.AUTH_TOKENS, "good-token,secret\u0007bell"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.auth.tokens: token 2 holds")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret").doesNotContain("good-token"));
    }

    @Test
    void configToStringNeverShowsTheTokens() {
        IngestConfig config = IngestConfig.from(settings(Map.of(IngestConfig.AUTH_TOKENS, "desk-token-visible-nowhere")));

        assertThat(config.toString()).doesNotContain("desk-token-visible-nowhere").contains("BearerTokens[1 token(s), values hidden]");
    }

    @Test
    void feedsAndDropFolderAreOffByDefault() {
        IngestConfig config = IngestConfig.from(settings(Map.of()));

        assertThat(config.feeds().enabled()).isFalse();
        assertThat(config.watchDir()).isNull();
    }

    @Test
    void feedsAndDropFolderAreReadFromTheSettings(@TempDir Path dir) {
        IngestConfig config = IngestConfig.from(settings(Map.of(
                FeedConfig.URLS, "https://harbour-gazette.example/rss",
                FeedConfig.STATE_DIR, dir.resolve("state").toString(),
                IngestConfig.WATCH_DIR, dir.resolve("drop").toString())));

        assertThat(config.feeds().feeds()).extracting(FeedSource::interval).containsExactly(Duration.ofMinutes(10));
        assertThat(config.feeds().stateDir()).isEqualTo(dir.resolve("state"));
        assertThat(config.watchDir()).isEqualTo(dir.resolve("drop"));
    }

    @Test
    void malformedFeedsFileFailsStartUpNamingFileAndLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("feeds.txt"), "https://harbour-gazette.example/rss Gazette\nftp://old.example/feed\n");

        assertThatThrownBy(() -> IngestConfig.from(settings(Map.of(FeedConfig.FILE, file.toString()))))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + " line 2: not an absolute http(s) feed URL: 'ftp://old.example/feed'");
    }

    static Settings settings(Map<String, String> overrides) {
        return IngestConfig.KNOWN.settingsOf(overrides);
    }
}
