package io.newsstream.enrich.story;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.enrich.dedup.RecentIndex;
import io.newsstream.enrich.dedup.SeenArticle;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Runs the {@link StoryStep} on each article against the task's stores, at the record's timestamp, and sweeps
 * expired entries from the stores on a wall-clock schedule.
 */
public final class StoryProcessor implements FixedKeyProcessor<String, EnrichedArticle, EnrichedArticle> {

    static final Duration SWEEP_EVERY = Duration.ofSeconds(30);
    /**
     * Entries each store's sweeper looks at per sweep: 29 million a day per store, so at 1 million articles a week
     * (up to 60 million live band keys) a pass takes about two days and an entry lives at most a window and two days;
     * a sweep takes some milliseconds of the stream thread.
     */
    static final int SWEEP_ENTRIES = 10_000;

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
        this.seen = StoryStores.duplicates(context::getStateStore, settings);
        this.stories = StoryStores.stories(context::getStateStore, settings);
        List<ExpiredEntrySweeper<?>> sweepers = StoryStores.sweepers(context::getStateStore, settings);
        context.schedule(SWEEP_EVERY, PunctuationType.WALL_CLOCK_TIME,
                wallClock -> sweepers.forEach(sweeper -> sweeper.sweep(context.currentStreamTimeMs(), SWEEP_ENTRIES)));
    }

    @Override
    public void process(FixedKeyRecord<String, EnrichedArticle> record) {
        EnrichedArticle placed = step.apply(record.value(), Instant.ofEpochMilli(record.timestamp()), seen, stories);
        context.forward(record.withValue(placed));
    }
}
