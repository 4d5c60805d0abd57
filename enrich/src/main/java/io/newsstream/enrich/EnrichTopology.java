package io.newsstream.enrich;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.core.kafka.Topic;
import io.newsstream.core.kafka.Topics;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich data flow: read raw articles, enrich each one, write the enriched article under the same key.
 * Records that cannot be read or enriched go to the dead-letter topic through the handlers that
 * {@link EnrichConfig#streamsProperties} installs, so they never appear here.
 */
public final class EnrichTopology {

    private EnrichTopology() {
    }

    public static Topology build(Topics topics, Enricher enricher) {
        return build(topics, enricher, EnrichMetrics.unpublished());
    }

    public static Topology build(Topics topics, Enricher enricher, EnrichMetrics metrics) {
        Topic<String, RawArticle> raw = topics.raw();
        Topic<String, EnrichedArticle> enriched = topics.enriched();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName("read-raw"))
                // A tombstone carries no article, so there is nothing to enrich.
                .filter((id, article) -> article != null, Named.as("skip-tombstones"))
                .mapValues(article -> metrics.timeEnrichment(() -> enricher.enrich(article)), Named.as("enrich"))
                .peek((id, article) -> metrics.articleEnriched(), Named.as("count-enriched"))
                .to(enriched.name(), Produced.with(enriched.keySerde(), enriched.valueSerde()).withName("write-enriched"));
        return builder.build();
    }
}
