package io.newsstream.ingest;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Runs the ingest service alone: {@code java io.newsstream.ingest.Main [--config FILE]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> defaults = new HashMap<>(CommonSettings.DEFAULTS);
        defaults.putAll(IngestConfig.DEFAULTS);
        Settings settings = Settings.load(defaults, configFile(args), System.getenv());
        IngestService service = new IngestService(IngestConfig.from(settings));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "ingest-shutdown"));
        service.start();
        // Every thread of the service is a daemon, so main keeps the JVM alive until the hook has run.
        stopped.await();
    }

    /** The file given as {@code --config FILE} or {@code --config=FILE}, else null. */
    static Path configFile(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
            if (args[i].equals("--config")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--config needs a file");
                }
                return Path.of(args[i + 1]);
            }
            throw new IllegalArgumentException("unknown argument '" + args[i] + "'; usage: Main [--config FILE]");
        }
        return null;
    }
}
