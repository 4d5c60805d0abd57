package io.newsstream.deploy;

import io.newsstream.core.ServiceMain;
import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.deploy.local.LocalSettings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every command shares: where the configuration file is and which Kafka cluster to use. */
final class ConfigOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "A properties file of settings (default: $NEWSSTREAM_CONFIG if set).")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...",
            description = "Kafka bootstrap servers (overrides kafka.bootstrap.servers).")
    String bootstrapServers;

    /** The defaults of every service, then the file, then the environment, then these options; no unknown key. */
    Settings load() {
        return load(Map.of());
    }

    /** As {@link #load()}, with a command's own options on top. */
    Settings load(Map<String, String> options) {
        Map<String, String> overrides = new HashMap<>(options);
        if (bootstrapServers != null) {
            overrides.put(CommonSettings.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        return ServiceMain.load(LocalSettings.KNOWN, configFile, System.getenv(), overrides);
    }
}
