package io.newsstream.lab.commands;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.enrich.EnrichConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of the commands that enrich as the service would: its settings file and the Kafka cluster (accepted
 * like every other command's, though scoring never talks to Kafka).
 */
final class EnrichSettingsOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "A properties file of settings (default: $NEWSSTREAM_CONFIG if set).")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...",
            description = "Kafka bootstrap servers (overrides kafka.bootstrap.servers).")
    String bootstrapServers;

    /** Enrich's defaults, then the file, then the environment, then these options: what the enrich service reads. */
    Settings load() {
        Settings settings = Settings.load(EnrichConfig.DEFAULTS, configFile, System.getenv());
        if (bootstrapServers != null) {
            settings = settings.with(Map.of(CommonSettings.BOOTSTRAP_SERVERS, bootstrapServers));
        }
        return settings;
    }
}
