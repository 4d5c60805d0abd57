package io.newsstream.deploy.prove;

import io.newsstream.core.config.Settings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import io.newsstream.ingest.feed.FeedConfig;
import io.newsstream.sink.SinkConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The command lines and environments of the newsstream processes a proof starts. */
final class ChildEnvironment {

    private ChildEnvironment() {
    }

    /** {@code java -jar newsstream.jar ARGS...}, with the same Java that runs the proof. */
    static List<String> newsstream(Path jar, String... args) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /** The environment variable that sets {@code key} ({@code NEWSSTREAM_SOME_KEY} for {@code some.key}). */
    static String variable(String key) {
        return Settings.ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /**
     * Every service on loopback at the proof's ports, and the state that would otherwise go to shared places
     * ({@code /tmp}, the home directory) under {@code stateDir}, so proofs never meet other runs.
     */
    static Map<String, String> services(Endpoints endpoints, Path stateDir) {
        Map<String, String> env = new HashMap<>();
        env.put(variable(IngestConfig.HOST), "127.0.0.1");
        env.put(variable(IngestConfig.PORT), String.valueOf(endpoints.ingestPort()));
        env.put(variable(EnrichConfig.HOST), "127.0.0.1");
        env.put(variable(EnrichConfig.PORT), String.valueOf(endpoints.enrichPort()));
        env.put(variable(SinkConfig.HOST), "127.0.0.1");
        env.put(variable(SinkConfig.PORT), String.valueOf(endpoints.sinkPort()));
        env.put(variable(EnrichConfig.STATE_DIR), stateDir.resolve("enrich-state").toString());
        env.put(variable(FeedConfig.STATE_DIR), stateDir.resolve("feeds").toString());
        return env;
    }
}
