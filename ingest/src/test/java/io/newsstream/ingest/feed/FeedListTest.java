package io.newsstream.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedListTest {

    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);

    @TempDir
    Path dir;

    @Test
    void feedsFileLinesGiveUrlOutletHintAndInterval() throws IOException {
        Path file = feedsFile("""
                # harbour-town outlets
                https://harbour-gazette.example/rss\tHarbour Gazette\t5m

                https://valley-courier.example/atom.xml  valley-courier.example
                https://tide-times.example/feed 30m
                https://quay-weekly.example/feed - 1h
                """);

        List<FeedSource> feeds = FeedList.load(file, null, TEN_MINUTES);

        assertThat(feeds).containsExactly(
                new FeedSource(URI.create("https://harbour-gazette.example/rss"), "Harbour Gazette", Duration.ofMinutes(5)),
                new FeedSource(URI.create("https://valley-courier.example/atom.xml"), "valley-courier.example", TEN_MINUTES),
                new FeedSource(URI.create("https://tide-times.example/feed"), null, Duration.ofMinutes(30)),
                new FeedSource(URI.create("https://quay-weekly.example/feed"), null, Duration.ofHours(1)));
    }

    @Test
    void commaSeparatedUrlsFollowTheFileAtTheDefaultInterval() throws IOException {
        Path file = feedsFile("https://harbour-gazette.example/rss\n");

        List<FeedSource> feeds = FeedList.load(file, " https://tide-times.example/feed, ,https://quay-weekly.example/feed", TEN_MINUTES);

        assertThat(feeds).extracting(f -> f.url().getHost())
                .containsExactly("harbour-gazette.example", "tide-times.example", "quay-weekly.example");
        assertThat(feeds.get(2).interval()).isEqualTo(TEN_MINUTES);
    }

    @Test
    void malformedUrlFailsWithFileLineAndReason() throws IOException {
        Path file = feedsFile("# outlets\nhttps://harbour-gazette.example/rss\nharbour-gazette.example/rss Gazette 5m\n");

        assertThatThrownBy(() -> FeedList.load(file, null, TEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file + " line 3: not an absolute http(s) feed URL: 'harbour-gazette.example/rss'");
    }

    @Test
    void malformedIntervalFailsWithFileLineAndReason() throws IOException {
        Path file = feedsFile("https://harbour-gazette.example/rss Gazette often\n");

        assertThatThrownBy(() -> FeedList.load(file, null, TEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + " line 1: poll interval must be a duration");
    }

    @Test
    void tooShortIntervalAndTooManyFieldsFail() throws IOException {
        Path fast = feedsFile("https://harbour-gazette.example/rss 1s\n");
        Path crowded = feedsFile("https://harbour-gazette.example/rss Harbour Gazette 5m\n");

        assertThatThrownBy(() -> FeedList.load(fast, null, TEN_MINUTES)).hasMessageContaining("line 1: poll interval must be at least 10s");
        assertThatThrownBy(() -> FeedList.load(crowded, null, TEN_MINUTES)).hasMessageContaining("line 1: expected URL [OUTLET_HINT|-] [INTERVAL]");
    }

    @Test
    void feedListedTwiceFailsNamingBothPlaces() throws IOException {
        Path file = feedsFile("https://harbour-gazette.example/rss\n");

        assertThatThrownBy(() -> FeedList.load(file, "https://harbour-gazette.example/rss", TEN_MINUTES))
                .hasMessage("ingest.feeds: feed https://harbour-gazette.example/rss is already listed (" + file + " line 1)");
    }

    @Test
    void missingFeedsFileFailsNamingTheSetting() {
        assertThatThrownBy(() -> FeedList.load(dir.resolve("absent.txt"), null, TEN_MINUTES))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("ingest.feeds.file: cannot read");
    }

    @Test
    void configDefaultsToNoFeedsAndAStateDirUnderTheHomeDirectory() {
        FeedConfig config = FeedConfig.from(Settings.of(FeedConfig.DEFAULTS));

        assertThat(config.enabled()).isFalse();
        assertThat(config.fetchPages()).isFalse();
        assertThat(config.stateDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".newsstream", "feeds"));
    }

    @Test
    void configReadsUrlsIntervalStateDirAndPageFetching() {
        FeedConfig config = FeedConfig.from(Settings.of(Map.of(
                FeedConfig.URLS, "https://tide-times.example/feed",
                FeedConfig.INTERVAL, "15m",
                FeedConfig.STATE_DIR, dir.toString(),
                FeedConfig.FETCH_PAGES, "true")));

        assertThat(config.feeds()).containsExactly(
                new FeedSource(URI.create("https://tide-times.example/feed"), null, Duration.ofMinutes(15)));
        assertThat(config.stateDir()).isEqualTo(dir);
        assertThat(config.fetchPages()).isTrue();
    }

    private Path feedsFile(String content) throws IOException {
        return Files.writeString(Files.createTempFile(dir, "feeds", ".txt"), content);
    }
}
