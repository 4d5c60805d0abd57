package io.newsstream.deploy.local;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.sink.SinkConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** The defaults of every service in one map, for a process that runs several of them, and free ports for tests and tools. */
public final class LocalSettings {

    private LocalSettings() {
    }

    /** Common, ingest, enrich and sink defaults, as one mutable map. */
    public static Map<String, String> defaults() {
        Map<String, String> defaults = new HashMap<>(CommonSettings.DEFAULTS);
        defaults.putAll(IngestConfig.DEFAULTS);
        defaults.putAll(EnrichConfig.DEFAULTS);
        defaults.putAll(SinkConfig.DEFAULTS);
        return defaults;
    }

    /** The defaults with every service on a free port, so a run never collides with a local mode left running. */
    public static Map<String, String> defaultsOnFreePorts() {
        Map<String, String> settings = defaults();
        settings.put(IngestConfig.PORT, String.valueOf(freePort()));
        settings.put(EnrichConfig.PORT, String.valueOf(freePort()));
        settings.put(SinkConfig.PORT, String.valueOf(freePort()));
        return settings;
    }

    /** A TCP port free right now; another process could take it before it is used, which is rare enough here. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free TCP port", e);
        }
    }
}
