package io.newsstream.enrich.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.config.Settings;
import io.newsstream.core.kafka.Topics;
import io.newsstream.enrich.EnrichConfig;
import io.newsstream.enrich.EnrichMetrics;
import io.newsstream.enrich.EnrichTopology;
import io.newsstream.enrich.Enricher;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story step in the production topology and Streams configuration, through TopologyTestDriver. */
class StoryTopologyTest {

    private static final Instant T0 = Instant.parse("2031-03-01T08:00:00Z");

    @TempDir
    Path stateDir;

    private final Topics topics = new Topics("test.");
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    private void startDriver(Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(EnrichConfig.DEFAULTS);
        settings.put("topic.prefix", "test.");
        settings.put(EnrichConfig.STATE_DIR, stateDir.toString());
        settings.putAll(overrides);
        EnrichConfig config = EnrichConfig.from(Settings.of(settings));
        Enricher enricher = Enricher.builder().clock(Clock.fixed(T0, ZoneOffset.UTC)).withoutStance().build();
        EnrichMetrics metrics = EnrichMetrics.unpublished();
        driver = new TopologyTestDriver(EnrichTopology.build(topics, enricher::enrich, metrics, config.maxEnrichedBytes(),
                config.stories()), config.streamsProperties(metrics));
        raw = driver.createInputTopic(topics.raw().name(), new StringSerializer(), topics.raw().valueSerde().serializer());
        enriched = driver.createOutputTopic(topics.enriched().name(),
                topics.enriched().keySerde().deserializer(), topics.enriched().valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        if (driver != null) {
            driver.close();
        }
    }

    private EnrichedArticle send(String id, String url, String text, Instant at) {
        raw.pipeInput(id, new RawArticle(id, url, null, text, null, "en", null, at, Channel.HTTP, null), at);
        return enriched.readKeyValue().value;
    }

    @Test
    void editedCopiesFromOtherOutletsJoinTheFirstArticleAndNameItsPublisher() {
        startDriver(Map.of());

        EnrichedArticle original = send("a1", "https://www.theguardian.com/world/tagus-pier", StoryTexts.ORIGINAL, T0);
        EnrichedArticle edited = send("a2", "https://www.bbc.co.uk/news/tagus-pier", StoryTexts.EDITED_COPY,
                T0.plusSeconds(900));
        EnrichedArticle trimmed = send("a3", "https://www.irishtimes.com/world/tagus-pier", StoryTexts.SHORT_COPY,
                T0.plusSeconds(1800));
        EnrichedArticle other = send("b1", "https://www.bbc.co.uk/news/lisbon-fares", StoryTexts.SAME_SUBJECT,
                T0.plusSeconds(2400));

        assertThat(original.duplicateOf()).isNull();
        assertThat(original.storyId()).isEqualTo("a1");
        assertThat(edited.duplicateOf()).isEqualTo("a1");
        assertThat(trimmed.duplicateOf()).isEqualTo("a1");
        assertThat(edited.duplicateSimilarity()).isGreaterThanOrEqualTo(0.5);
        assertThat(edited.storyId()).isEqualTo("a1");
        assertThat(trimmed.storyId()).isEqualTo("a1");
        assertThat(edited.outlet().publisher().name()).isEqualTo("BBC");
        assertThat(edited.outlet().source().name()).isEqualTo(original.outlet().publisher().name());
        assertThat(other.duplicateOf()).isNull();
        assertThat(other.storyId()).isEqualTo("b1");
    }

    @Test
    void theWindowIsConfiguredAndACopyAfterItIsNew() {
        startDriver(Map.of(StorySettings.DUPLICATES_WINDOW, "P2D", StorySettings.STORIES_WINDOW, "P1D"));

        send("a1", "https://www.theguardian.com/world/tagus-pier", StoryTexts.ORIGINAL, T0);
        EnrichedArticle late = send("a2", "https://www.bbc.co.uk/news/tagus-pier", StoryTexts.EDITED_COPY,
                T0.plus(Duration.ofDays(3)));

        assertThat(late.duplicateOf()).isNull();
        assertThat(late.storyId()).isEqualTo("a2");
    }

    @Test
    void entriesOlderThanTheWindowAreSweptFromTheStores() {
        startDriver(Map.of(StorySettings.DUPLICATES_WINDOW, "P2D", StorySettings.STORIES_WINDOW, "P1D"));
        send("a1", "https://www.theguardian.com/world/tagus-pier", StoryTexts.ORIGINAL, T0);
        assertThat(storedIds()).contains("a1");

        send("b1", "https://www.bbc.co.uk/news/lisbon-fares", StoryTexts.SAME_SUBJECT, T0.plus(Duration.ofDays(3)));
        driver.advanceWallClockTime(StoryProcessor.SWEEP_EVERY);

        assertThat(storedIds()).doesNotContain("a1").contains("b1");
    }

    /** Every id the four stores hold, as a key or filed under one. */
    private List<String> storedIds() {
        List<String> ids = new ArrayList<>();
        for (String name : List.of(StoryStores.DUPLICATE_ARTICLES, StoryStores.STORY_PROFILES)) {
            try (KeyValueIterator<String, Object> entries = driver.<String, Object>getKeyValueStore(name).all()) {
                entries.forEachRemaining(entry -> ids.add(entry.key));
            }
        }
        for (String name : List.of(StoryStores.DUPLICATE_BANDS, StoryStores.STORY_FEATURES)) {
            try (KeyValueIterator<String, RecentIds> entries = driver.<String, RecentIds>getKeyValueStore(name).all()) {
                entries.forEachRemaining(entry -> entry.value.ids().forEach(filed -> ids.add(filed.id())));
            }
        }
        return ids;
    }
}
