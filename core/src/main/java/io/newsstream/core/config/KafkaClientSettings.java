package io.newsstream.core.config;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The {@code kafka.*} settings with the prefix removed, handed to every Kafka client unchanged.
 *
 * @param values client setting name to value ({@code bootstrap.servers} to {@code localhost:9092})
 */
public record KafkaClientSettings(Map<String, String> values) {

    public KafkaClientSettings {
        values = Map.copyOf(values);
    }

    /** The {@code kafka.*} settings; fails when {@code kafka.bootstrap.servers} is not set. */
    public static KafkaClientSettings from(Settings settings) {
        settings.string(CommonSettings.BOOTSTRAP_SERVERS);
        Map<String, String> values = new TreeMap<>();
        Properties properties = settings.kafkaProperties();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return new KafkaClientSettings(values);
    }

    public Optional<String> find(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** The settings with the values of secrets (passwords, JAAS logins) hidden, as a configuration is logged. */
    @Override
    public String toString() {
        Map<String, String> shown = new TreeMap<>();
        values.forEach((name, value) -> shown.put(name, isSecret(name) ? "[hidden]" : value));
        return "KafkaClientSettings" + shown;
    }

    private static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("password") || lower.contains("jaas") || lower.contains("secret")
                || lower.endsWith("user.info");
    }

    /** A fresh copy as client properties, which the caller may add its own defaults to. */
    public Properties properties() {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }
}
