package io.newsstream.core.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the pipeline's topics when they are missing, so a fresh cluster works without a separate step.
 * Existing topics are left exactly as they are; on managed clusters operators create them (e.g. Strimzi).
 */
public final class TopicSetup {

    private static final Logger log = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {
    }

    /**
     * Topic settings that the writers' producer settings rely on: records may be up to {@link Topics#MAX_RECORD_BYTES}
     * (enrich's enriched articles; ingest's raw ones, an HTML page of up to 2 MiB, 3 MiB at most, which JSON escaping
     * can double), more than the broker's default of 1 MiB.
     */
    static final Map<String, String> CONFIGS =
            Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(Topics.MAX_RECORD_BYTES));

    /**
     * @param kafka client settings (bootstrap servers, security) passed to the admin client unchanged
     * @param replicationFactor use -1 for the broker's default
     */
    public static void ensureTopics(Properties kafka, Topics topics, int partitions, short replicationFactor) {
        try (Admin admin = Admin.create(kafka)) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = new ArrayList<>();
            for (String name : topics.allNames()) {
                if (!existing.contains(name)) {
                    missing.add(new NewTopic(name, partitions, replicationFactor).configs(CONFIGS));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
                log.info("created topics {} with {} partitions", missing.stream().map(NewTopic::name).toList(), partitions);
            } catch (ExecutionException e) {
                // Another service created them at the same moment: that is the outcome we wanted.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AuthenticationException) {
                throw new IllegalStateException("Kafka refused newsstream's credentials (check kafka.security.protocol, "
                        + "kafka.sasl.mechanism and kafka.sasl.jaas.config): " + e.getCause().getMessage(), e);
            }
            throw new IllegalStateException("cannot create topics " + topics.allNames() + ": " + e.getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("cannot create topics " + topics.allNames() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }
}
