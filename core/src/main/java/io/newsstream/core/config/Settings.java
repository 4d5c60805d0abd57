package io.newsstream.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Flat string settings, merged from defaults &lt; a properties file &lt; environment variables &lt; explicit overrides.
 *
 * <p>Environment variables named {@code NEWSSTREAM_SOME_KEY} set {@code some.key}; so
 * {@code NEWSSTREAM_KAFKA_BOOTSTRAP_SERVERS} sets {@code kafka.bootstrap.servers}. Keys under {@code kafka.} are
 * passed to Kafka clients unchanged (see {@link #kafkaProperties()}). Typed getters fail with the key and the reason,
 * so a bad value stops a service at start-up, not later.
 */
public final class Settings {

    public static final String ENV_PREFIX = "NEWSSTREAM_";
    /** Environment variable naming the properties file, when no {@code --config} is given. */
    public static final String CONFIG_FILE_ENV = "NEWSSTREAM_CONFIG";
    public static final String KAFKA_PREFIX = "kafka.";
    /**
     * Variables under {@link #ENV_PREFIX} that are not settings: the config file, the log format and level Logback
     * reads, and the ingest address and token of the {@code newsstream feed} client.
     */
    static final Set<String> NOT_SETTINGS = Set.of(CONFIG_FILE_ENV, "NEWSSTREAM_LOG_FORMAT", "NEWSSTREAM_LOG_LEVEL",
            "NEWSSTREAM_INGEST_URL", "NEWSSTREAM_INGEST_TOKEN");

    private static final Pattern SERVICE_LINK_NAME =
            Pattern.compile(".+_(SERVICE_HOST|SERVICE_PORT(_[A-Z0-9_]+)?|PORT_[0-9]+_(TCP|UDP|SCTP)(_PROTO|_PORT|_ADDR)?)");
    private static final Pattern SERVICE_LINK_ADDRESS = Pattern.compile("(tcp|udp|sctp)://.+:[0-9]+");

    private final Map<String, String> values;

    private Settings(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values);
    }

    /**
     * Loads settings the standard way.
     *
     * @param defaults the service's defaults
     * @param file a properties file, or null to use {@code $NEWSSTREAM_CONFIG} if set
     * @param env the environment (normally {@code System.getenv()})
     */
    public static Settings load(Map<String, String> defaults, Path file, Map<String, String> env) {
        Map<String, String> merged = new TreeMap<>(defaults);
        Path configFile = file != null ? file : Optional.ofNullable(env.get(CONFIG_FILE_ENV)).map(Path::of).orElse(null);
        if (configFile != null) {
            merged.putAll(readFile(configFile));
        }
        merged.putAll(fromEnvironment(env));
        return new Settings(merged);
    }

    /** These settings with {@code overrides} on top. */
    public Settings with(Map<String, String> overrides) {
        Map<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new Settings(merged);
    }

    static Map<String, String> readFile(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> result = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> result.put(name, properties.getProperty(name).trim()));
        return result;
    }

    static Map<String, String> fromEnvironment(Map<String, String> env) {
        Map<String, String> result = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && !NOT_SETTINGS.contains(name) && !isServiceLink(name, value)) {
                String key = name.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                result.put(key, value);
            }
        });
        return result;
    }

    /**
     * Kubernetes gives every pod variables for each service of its namespace: {@code NEWSSTREAM_SINK_SERVICE_HOST},
     * {@code NEWSSTREAM_SINK_PORT=tcp://10.0.0.7:8082}, {@code NEWSSTREAM_SINK_PORT_8082_TCP_ADDR} and so on for a
     * service named {@code newsstream-sink}. They are not settings, and read as such would be unknown keys.
     */
    static boolean isServiceLink(String name, String value) {
        return SERVICE_LINK_NAME.matcher(name).matches()
                || (name.endsWith("_PORT") && SERVICE_LINK_ADDRESS.matcher(value).matches());
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }

    public String string(String key) {
        return find(key).orElseThrow(() -> new ConfigException(key + " is required but not set"));
    }

    public int integer(String key) {
        String value = string(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be an integer, got '" + value + "'");
        }
    }

    public long longValue(String key) {
        String value = string(key);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be an integer, got '" + value + "'");
        }
    }

    public int port(String key) {
        int port = integer(key);
        if (port < 0 || port > 65_535) {
            throw new ConfigException(key + " must be a TCP port (0-65535), got " + port);
        }
        return port;
    }

    public boolean bool(String key) {
        String value = string(key).toLowerCase(Locale.ROOT);
        return switch (value) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException(key + " must be true or false, got '" + value + "'");
        };
    }

    /** A duration written as ISO-8601 ({@code PT5S}) or as a number with a unit: {@code 250ms}, {@code 5s}, {@code 2m}. */
    public Duration duration(String key) {
        String value = string(key).trim().toLowerCase(Locale.ROOT);
        try {
            if (value.startsWith("pt") || value.startsWith("p")) {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            }
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2).trim()));
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1).trim());
            return switch (value.charAt(value.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw new ConfigException(key + " must be a duration such as 500ms, 5s, 2m or PT5S, got '" + value + "'");
        }
    }

    /** A duration above zero. */
    public Duration positiveDuration(String key) {
        Duration value = duration(key);
        if (value.isZero() || value.isNegative()) {
            throw new ConfigException(key + " must be a positive duration, got " + value);
        }
        return value;
    }

    /** A duration of zero or more. */
    public Duration nonNegativeDuration(String key) {
        Duration value = duration(key);
        if (value.isNegative()) {
            throw new ConfigException(key + " must not be negative, got " + value);
        }
        return value;
    }

    /** An integer of at least {@code min}. */
    public int integerAtLeast(String key, int min) {
        int value = integer(key);
        if (value < min) {
            throw new ConfigException(key + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /** Every {@code kafka.*} setting with the prefix removed, to hand to a Kafka client unchanged. */
    public Properties kafkaProperties() {
        Properties properties = new Properties();
        values.forEach((key, value) -> {
            if (key.startsWith(KAFKA_PREFIX)) {
                properties.put(key.substring(KAFKA_PREFIX.length()), value);
            }
        });
        return properties;
    }

    public Map<String, String> asMap() {
        return values;
    }
}
