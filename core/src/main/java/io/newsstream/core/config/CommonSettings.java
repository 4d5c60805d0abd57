package io.newsstream.core.config;

import io.newsstream.core.kafka.Topics;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

/** Settings every service shares, with their defaults. */
public final class CommonSettings {

    public static final String BOOTSTRAP_SERVERS = "kafka.bootstrap.servers";
    public static final String TOPIC_PREFIX = "topic.prefix";
    public static final String INSTANCE = "instance";

    public static final Map<String, String> DEFAULTS = Map.of(
            BOOTSTRAP_SERVERS, "localhost:9092",
            TOPIC_PREFIX, "");

    /** The shared keys; {@code topic.} is owned, {@code kafka.*} passes through to the clients. */
    public static final KnownSettings KNOWN = KnownSettings.of(Set.of("topic."), DEFAULTS, INSTANCE);

    private CommonSettings() {
    }

    /** The {@code instance} metric tag: the setting, else the host name, so replicas of a service tell apart. */
    public static String instance(Settings settings) {
        return settings.find(INSTANCE).orElseGet(CommonSettings::hostName);
    }

    /** The host name: {@code $HOSTNAME} (a pod's name), else what the resolver says, else {@code unknown}. */
    public static String hostName() {
        String fromEnv = System.getenv("HOSTNAME");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return fromEnv;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /**
     * A Kafka id of one pipeline (a consumer group, a Streams application id): the explicit setting, else the
     * service's name behind the topic prefix, so pipelines with different prefixes on one cluster share no group.
     */
    public static String pipelineId(Settings settings, String key, String serviceName) {
        return settings.find(key).orElseGet(() -> settings.find(TOPIC_PREFIX).orElse("") + serviceName);
    }

    public static Topics topics(Settings settings) {
        return new Topics(settings.find(TOPIC_PREFIX).orElse(""));
    }
}
