package io.newsstream.lab.commands;

import io.newsstream.core.config.Settings;
import io.newsstream.enrich.EnrichConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The option of the commands that enrich as the service would: the settings file the enrich service reads. */
final class EnrichSettingsOptions {

    @Option(names = {"-c", "--config"}, paramLabel = "FILE",
            description = "A properties file of settings (default: $NEWSSTREAM_CONFIG if set).")
    Path configFile;

    /** Enrich's defaults, then the file, then the environment: what the enrich service reads (scoring needs no Kafka). */
    Settings load() {
        return Settings.load(EnrichConfig.DEFAULTS, configFile, System.getenv());
    }
}
