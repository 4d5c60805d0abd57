package io.newsstream.enrich;

import io.newsstream.core.config.Settings;
import java.nio.file.Path;

/** Runs the enrich service on its own: {@code java io.newsstream.enrich.Main [--config FILE]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.load(EnrichConfig.DEFAULTS, configFile(args), System.getenv());
        EnrichService service = new EnrichService(EnrichConfig.from(settings));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "enrich-shutdown"));
        service.start();
    }

    private static Path configFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
        }
        if (args.length > 0) {
            throw new IllegalArgumentException("usage: enrich [--config FILE], got " + String.join(" ", args));
        }
        return null;
    }
}
