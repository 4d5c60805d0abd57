package io.newsstream.sink;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Runs the sink on its own: {@code java io.newsstream.sink.Main [--config FILE]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Path configFile = args.length == 2 && args[0].equals("--config") ? Path.of(args[1]) : null;
        if (args.length > 0 && configFile == null) {
            System.err.println("usage: sink [--config FILE]");
            System.exit(2);
        }
        Map<String, String> defaults = new HashMap<>(CommonSettings.DEFAULTS);
        defaults.putAll(SinkConfig.DEFAULTS);
        SinkService service = new SinkService(SinkConfig.from(Settings.load(defaults, configFile, System.getenv())));
        Runtime.getRuntime().addShutdownHook(new Thread(service::close, "sink-shutdown"));
        service.start();
    }
}
