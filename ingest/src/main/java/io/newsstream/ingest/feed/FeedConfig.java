package io.newsstream.ingest.feed;

import io.newsstream.core.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The feed-polling settings.
 *
 * @param feeds empty when no feed is configured, and then nothing is polled
 * @param stateDir where each feed's sent item ids and HTTP validators are kept across restarts
 * @param fetchPages whether to fetch an item's page when the feed carries only a short summary
 */
public record FeedConfig(List<FeedSource> feeds, Path stateDir, boolean fetchPages) {

    public static final String FILE = "ingest.feeds.file";
    public static final String URLS = "ingest.feeds";
    public static final String INTERVAL = "ingest.feeds.interval";
    /** Defaults to {@code ${user.home}/.newsstream/feeds}. */
    public static final String STATE_DIR = "ingest.feeds.state.dir";
    public static final String FETCH_PAGES = "ingest.feeds.fetch.pages";

    public static final Map<String, String> DEFAULTS = Map.of(
            INTERVAL, "10m",
            FETCH_PAGES, "false");

    public FeedConfig {
        feeds = List.copyOf(feeds);
    }

    public static FeedConfig from(Settings settings) {
        Duration interval = FeedList.checked(settings.duration(INTERVAL), INTERVAL);
        List<FeedSource> feeds = FeedList.load(
                settings.find(FILE).map(Path::of).orElse(null), settings.find(URLS).orElse(null), interval);
        Path stateDir = settings.find(STATE_DIR).map(Path::of)
                .orElseGet(() -> Path.of(System.getProperty("user.home"), ".newsstream", "feeds"));
        return new FeedConfig(feeds, stateDir, settings.bool(FETCH_PAGES));
    }

    public boolean enabled() {
        return !feeds.isEmpty();
    }
}
