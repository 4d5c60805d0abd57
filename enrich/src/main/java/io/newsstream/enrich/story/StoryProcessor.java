package io.newsstream.enrich.story;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.enrich.dedup.SeenArticle;
import io.newsstream.enrich.dedup.RecentIndex;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;

/** Runs the {@link StoryStep} on each article against the task's window stores, at the record's timestamp. */
public final class StoryProcessor implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

    private final StorySettings settings;
    private final StoryStep step;
    private FixedKeyProcessorContext<String, EnrichedArticle> context;
    private RecentIndex<SeenArticle> seen;
    private RecentIndex<StoryProfile> stories;

    public StoryProcessor(StorySettings settings) {
        this.settings = settings;
        this.step = new StoryStep(settings);
    }

    @Override
    public void init(FixedKeyProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        WindowStore<String, String> bands = context.getStateStore(StoryStores.SEEN_BANDS);
        WindowStore<String, SeenArticle> articles = context.getStateStore(StoryStores.SEEN_ARTICLES);
        WindowStore<String, String> features = context.getStateStore(StoryStores.STORY_FEATURES);
        WindowStore<String, StoryProfile> profiles = context.getStateStore(StoryStores.STORIES);
        this.seen = new WindowedRecentIndex<>(bands, articles, settings.duplicatesWindow());
        this.stories = new WindowedRecentIndex<>(features, profiles, settings.storiesWindow());
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle placed = step.apply(record.value(), Instant.ofEpochMilli(record.timestamp()), seen, stories);
        context.forward(record.withValue(placed));
    }
}
