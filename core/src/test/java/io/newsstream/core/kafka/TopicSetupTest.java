package io.newsstream.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicSetupTest {

    private final Topics topics = new Topics("prod.");

    @Test
    void enrichedAndDeadLetterTopicsTakeRecordsAsLargeAsEnrichWrites() {
        String limit = String.valueOf(Topics.MAX_RECORD_BYTES);

        assertThat(TopicSetup.configs(topics, "prod.articles.enriched")).containsEntry("max.message.bytes", limit);
        assertThat(TopicSetup.configs(topics, "prod.articles.dlq")).containsEntry("max.message.bytes", limit);
        assertThat(TopicSetup.configs(topics, "prod.articles.raw")).isEmpty();
    }
}
