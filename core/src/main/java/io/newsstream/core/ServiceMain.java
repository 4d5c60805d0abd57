package io.newsstream.core;

import io.newsstream.core.config.CommonSettings;
import io.newsstream.core.config.ConfigException;
import io.newsstream.core.config.KnownSettings;
import io.newsstream.core.config.Settings;
import io.newsstream.core.http.HttpSettings;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How every newsstream process starts a service: {@code [--config FILE]}, settings merged from defaults &lt; file
 * &lt; environment &lt; options and checked for unknown keys, the service built and started, and closed by a shutdown
 * hook on Ctrl-C or SIGTERM.
 */
public final class ServiceMain {

    /** Settings every service shares: {@code kafka.bootstrap.servers}, {@code topic.prefix}, {@code instance}, {@code http.*}. */
    public static final KnownSettings SHARED = CommonSettings.KNOWN.and(HttpSettings.KNOWN);

    private static final Logger log = LoggerFactory.getLogger(ServiceMain.class);

    private ServiceMain() {
    }

    /**
     * The {@code main} of a service: a malformed argument or setting prints one line and exits with 2.
     *
     * @param name the service's name, for messages
     * @param known every setting the service knows, {@link #SHARED} included
     */
    public static void run(String name, String[] args, KnownSettings known, Function<Settings, ? extends Service> build)
            throws Exception {
        Service service;
        try {
            service = build.apply(load(known, configFile(name, args), System.getenv(), Map.of()));
        } catch (ConfigException e) {
            System.err.println(name + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        runUntilStopped(service);
    }

    /** Defaults &lt; file (or {@code $NEWSSTREAM_CONFIG}) &lt; environment &lt; overrides, with no unknown key. */
    public static Settings load(KnownSettings known, Path configFile, Map<String, String> env, Map<String, String> overrides) {
        Settings settings = Settings.load(known.defaults(), configFile, env).with(overrides);
        known.check(settings);
        return settings;
    }

    /** The file of {@code --config FILE} or {@code --config=FILE}, else null; any other argument is an error. */
    static Path configFile(String name, String[] args) {
        List<String> given = Arrays.asList(args);
        if (given.isEmpty()) {
            return null;
        }
        if (given.size() == 1 && given.get(0).startsWith("--config=")) {
            return Path.of(given.get(0).substring("--config=".length()));
        }
        if (given.size() == 2 && given.get(0).equals("--config")) {
            return Path.of(given.get(1));
        }
        throw new ConfigException("usage: " + name + " [--config FILE], got '" + String.join(" ", args) + "'");
    }

    /** Starts the service and blocks until the JVM is asked to stop and the service is closed. */
    public static void runUntilStopped(Service service) throws Exception {
        CountDownLatch stopped = closeOnShutdown(List.of(service));
        service.start();
        // The services' threads may all be daemons: main keeps the JVM alive until the hook has closed them.
        stopped.await();
    }

    /** Closes the resources in reverse order when the JVM is asked to stop; the latch counts down after. */
    public static CountDownLatch closeOnShutdown(List<? extends AutoCloseable> resources) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("shutting down");
            for (int i = resources.size() - 1; i >= 0; i--) {
                closeQuietly(resources.get(i));
            }
            stopped.countDown();
        }, "newsstream-shutdown"));
        return stopped;
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            log.warn("error while closing {}: {}", resource.getClass().getSimpleName(), e.getMessage(), e);
        }
    }
}
