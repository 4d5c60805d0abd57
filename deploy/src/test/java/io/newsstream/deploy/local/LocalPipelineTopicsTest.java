package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.config.Settings;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.ingest.IngestConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local mode creates its topics with the partition count a user asks for, so more stream threads get work. */
class LocalPipelineTopicsTest {

    @TempDir
    Path dir;

    @Test
    void topicsGetTheConfiguredPartitionCount() throws Exception {
        Map<String, String> settings = LocalSettings.defaultsOnFreePorts();
        settings.put(EnrichConfig.STATE_DIR, dir.resolve("streams").toString());
        settings.put(IngestConfig.TOPIC_PARTITIONS, "4");
        try (LocalPipeline pipeline = LocalPipeline.start(Settings.of(settings), dir, 0);
             Admin admin = Admin.create(pipeline.settings().kafkaProperties())) {
            Map<String, TopicDescription> topics = admin.describeTopics(List.of("articles.raw", "articles.enriched"))
                    .allTopicNames().get();
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(4));
        }
    }
}
