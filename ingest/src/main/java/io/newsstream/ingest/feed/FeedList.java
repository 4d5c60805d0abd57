package io.newsstream.ingest.feed;

import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the configured feeds: a feeds file with one {@code URL [OUTLET_HINT|-] [INTERVAL]} per line, and a
 * comma-separated list of URLs polled at the default interval. A malformed entry fails start-up with where it is.
 */
public final class FeedList {

    /** Stands for "no outlet hint" in the feeds file, so an interval can follow. */
    static final String NO_HINT = "-";
    // Polling faster than this helps nobody and looks like abuse to the publisher.
    private static final Duration MIN_INTERVAL = Duration.ofSeconds(10);

    private FeedList() {
    }

    /**
     * @param file the feeds file, or null
     * @param urls comma-separated feed URLs, or null
     * @return every feed, the file's first, each URL once
     */
    public static List<FeedSource> load(Path file, String urls, Duration defaultInterval) {
        Map<URI, String> where = new LinkedHashMap<>();
        List<FeedSource> feeds = new ArrayList<>();
        if (file != null) {
            List<String> lines;
            try {
                lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ConfigException(FeedConfig.FILE + ": cannot read " + file + ": " + e.getMessage());
            }
            for (int i = 0; i < lines.size(); i++) {
                String location = file + " line " + (i + 1);
                Optional<FeedSource> feed = parseLine(lines.get(i), defaultInterval, location);
                if (feed.isPresent()) {
                    add(feed.get(), location, where, feeds);
                }
            }
        }
        if (urls != null) {
            for (String url : urls.split(",")) {
                if (!url.isBlank()) {
                    add(new FeedSource(parseUrl(url.trim(), FeedConfig.URLS), null, defaultInterval), FeedConfig.URLS, where, feeds);
                }
            }
        }
        return List.copyOf(feeds);
    }

    /** One line of the feeds file; empty for blank lines and comments. */
    static Optional<FeedSource> parseLine(String line, Duration defaultInterval, String location) {
        String content = line.strip();
        if (content.isEmpty() || content.startsWith("#")) {
            return Optional.empty();
        }
        // Tabs separate fields when present, so an outlet hint may hold spaces; otherwise any whitespace does.
        String[] fields = content.contains("\t") ? content.split("\t+") : content.split("\\s+");
        if (fields.length > 3) {
            throw new ConfigException(location + ": expected URL [OUTLET_HINT|-] [INTERVAL], got " + fields.length + " fields");
        }
        URI url = parseUrl(fields[0].strip(), location);
        String hint = null;
        Duration interval = defaultInterval;
        if (fields.length == 3) {
            hint = hint(fields[1]);
            interval = parseInterval(fields[2].strip(), location);
        } else if (fields.length == 2) {
            // Two fields: a second that reads as a duration is the interval, anything else the outlet hint.
            Optional<Duration> asInterval = tryInterval(fields[1].strip());
            if (asInterval.isPresent()) {
                interval = checked(asInterval.get(), location);
            } else {
                hint = hint(fields[1]);
            }
        }
        return Optional.of(new FeedSource(url, hint, interval));
    }

    static Duration checked(Duration interval, String location) {
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new ConfigException(location + ": poll interval must be at least " + MIN_INTERVAL.toSeconds() + "s, got " + interval);
        }
        return interval;
    }

    private static void add(FeedSource feed, String location, Map<URI, String> where, List<FeedSource> feeds) {
        String earlier = where.putIfAbsent(feed.url(), location);
        if (earlier != null) {
            throw new ConfigException(location + ": feed " + feed.url() + " is already listed (" + earlier + ")");
        }
        feeds.add(feed);
    }

    private static String hint(String field) {
        String hint = field.strip();
        return hint.equals(NO_HINT) || hint.isEmpty() ? null : hint;
    }

    private static URI parseUrl(String value, String location) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below with the same message as any other non-URL.
        }
        throw new ConfigException(location + ": not an absolute http(s) feed URL: '" + shorten(value) + "'");
    }

    private static Duration parseInterval(String value, String location) {
        return checked(tryInterval(value).orElseThrow(() -> new ConfigException(
                location + ": poll interval must be a duration such as 5m, 1h or PT10M, got '" + shorten(value) + "'")), location);
    }

    /** Reads a duration in the settings' format ({@code 30s}, {@code 5m}, {@code PT10M}). */
    private static Optional<Duration> tryInterval(String value) {
        try {
            return Optional.of(Settings.of(Map.of("interval", value)).duration("interval"));
        } catch (ConfigException e) {
            return Optional.empty();
        }
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 80) + "..." : value;
    }
}
