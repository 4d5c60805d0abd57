package io.newsstream.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TopicSetupTest {

    @Test
    void everyTopicTakesRecordsAsLargeAsItsWritersProduce() {
        // ingest's producer allows 4 MiB and enrich's the record limit; the broker's default is 1 MiB.
        assertThat(TopicSetup.CONFIGS).containsEntry("max.message.bytes", String.valueOf(Topics.MAX_RECORD_BYTES));
        assertThat(Topics.MAX_RECORD_BYTES).isGreaterThanOrEqualTo(4 * 1024 * 1024);
    }
}
