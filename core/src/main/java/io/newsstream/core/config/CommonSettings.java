package io.newsstream.core.config;

import io.newsstream.core.kafka.Topics;
import java.util.Map;

/** Settings every service shares, with their defaults. */
public final class CommonSettings {

    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String INSTANCE = "instance";

    public static final Map<String, String> DEFAULTS = Map.of(
            BOOTSTRAP_SERVERS, "localhost:9092",
            TOPIC_PREFIX, "");

    private CommonSettings() {
    }

    public static Topics topics(Settings settings) {
        return new Topics(settings.find(TOPIC_PREFIX).orElse(""));
    }
}
