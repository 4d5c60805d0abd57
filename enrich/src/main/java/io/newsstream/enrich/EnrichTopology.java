package io.newsstream.enrich;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.kafka.Topic;
import io.newsstream.core.kafka.Topics;
import io.newsstream.enrich.errors.SizeLimitedSerializer;
import io.newsstream.enrich.story.StoryProcessor;
import io.newsstream.enrich.story.StorySettings;
import io.newsstream.enrich.story.StoryStores;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;

/**
 * The enrich data flow: read raw articles, enrich each one (its output bounded by {@link OutputBounds}), place it
 * among the articles seen before (near-duplicate, syndication source, story), write the enriched article under the
 * same key. Records that cannot be read, enriched or written go to the dead-letter topic
 * through the handlers that
 * {@link EnrichConfig#streamsProperties} installs, so they never appear here.
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, Function<RawArticle, EnrichedArticle> enrich) {
        return build(topics, enrich, EnrichMetrics.unpublished());
    }

    public static Topology build(Topics topics, Function<RawArticle, EnrichedArticle> enrich, EnrichMetrics metrics) {
        return build(topics, enrich, metrics, Topics.MAX_RECORD_BYTES - EnrichConfig.RECORD_HEADROOM_BYTES);
    }

    /**
     * @param enrich the enrichment of one article: {@code enricher::enrich} in production, anything in a test
     * @param maxEnrichedBytes larger enriched articles go to the dead-letter topic as a summary, see {@link EnrichConfig#maxEnrichedBytes}
     */
    public static Topology build(Topics topics, Function<RawArticle, EnrichedArticle> enrich, EnrichMetrics metrics,
                                 int maxEnrichedBytes) {
        return build(topics, enrich, metrics, maxEnrichedBytes, StorySettings.DEFAULT);
    }

    /**
     * @param stories the duplicate and story rules. Enrichment runs on every partition; the story step runs on one
     *                partition of its own (see docs/decisions/0013-duplicates-and-stories.md), because a copy must
     *                meet its original whatever partition its id hashes to.
     */
    public static Topology build(Topics topics, Function<RawArticle, EnrichedArticle> enrich, EnrichMetrics metrics,
                                 int maxEnrichedBytes, StorySettings stories) {
        Topic<String, RawArticle> raw = topics.raw();
        Topic<String, EnrichedArticle> enriched = topics.enriched();
        // Checked while serialising, before the producer: see SizeLimitedSerializer for why.
        Serde<EnrichedArticle> bounded = Serdes.serdeFrom(
                new SizeLimitedSerializer<>(enriched.valueSerde().serializer(), maxEnrichedBytes, "enriched article"),
                enriched.valueSerde().deserializer());
        StreamsBuilder builder = new StreamsBuilder();
        StoryStores.builders().forEach(builder::addStateStore);
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName("read-raw"))
                // A tombstone carries no article, so there is nothing to enrich.
                .filter((id, article) -> article != null, Named.as("skip-tombstones"))
                .mapValues(article -> metrics.timeEnrichment(() -> enrich.apply(article)), Named.as("enrich"))
                .repartition(Repartitioned.with(enriched.keySerde(), bounded).withName("stories").withNumberOfPartitions(1))
                .processValues(() -> new StoryProcessor(stories), Named.as("place-in-story"),
                        StoryStores.NAMES.toArray(String[]::new))
                .peek((id, article) -> metrics.articleEnriched(article), Named.as("count-enriched"))
                .to(enriched.name(), Produced.with(enriched.keySerde(), bounded).withName("write-enriched"));
        return builder.build();
    }
}
