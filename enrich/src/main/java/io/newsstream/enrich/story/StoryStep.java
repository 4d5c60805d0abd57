package io.newsstream.enrich.story;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.OutletAttribution;
import io.newsstream.enrich.dedup.DuplicateFinder;
import io.newsstream.enrich.dedup.DuplicateMatch;
import io.newsstream.enrich.dedup.SeenArticle;
import io.newsstream.enrich.dedup.RecentIndex;
import io.newsstream.enrich.dedup.SyndicationSource;
import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * Places an enriched article among the ones seen before it: {@code duplicateOf} and its similarity when it is a
 * near-duplicate (the first article of the group), the earlier publisher as {@code outlet.source} when the copy is
 * another outlet's, and its {@code storyId}. An article seen again (resent or reprocessed) keeps what it got the
 * first time, so a replay never makes an article a copy of itself.
 */
public final class StoryStep {

    private final DuplicateFinder duplicates;
    private final StoryClusterer stories;
    private final LongSupplier clock;
    private long duplicateNanos;
    private long storyNanos;

    public StoryStep(StorySettings settings) {
        this(settings, System::nanoTime);
    }

    /** @param clock what {@link #duplicateNanos} and {@link #storyNanos} are counted in, e.g. the thread's CPU time */
    public StoryStep(StorySettings settings, LongSupplier clock) {
        this.duplicates = new DuplicateFinder(settings.duplicateSimilarity(), settings.duplicateMinWords());
        this.stories = new StoryClusterer(settings);
        this.clock = clock;
    }

    public EnrichedArticle apply(EnrichedArticle article, Instant at, RecentIndex<SeenArticle> seen, RecentIndex<StoryProfile> storyIndex) {
        long start = clock.getAsLong();
        long storyBefore = storyNanos;
        try {
            return place(article, at, seen, storyIndex);
        } finally {
            duplicateNanos += clock.getAsLong() - start - (storyNanos - storyBefore);
        }
    }

    /**
     * Time spent since this step was built in the fingerprint, the near-duplicate lookup and the filing of the
     * fingerprint (what issue 16's cost target names), in nanoseconds; the rest of {@link #apply} is
     * {@link #storyNanos}. A step is used by one thread, and three clock reads per article cost well under a
     * microsecond.
     */
    public long duplicateNanos() {
        return duplicateNanos;
    }

    /** Time spent since this step was built in story clustering (features, lookup, filing), in nanoseconds. */
    public long storyNanos() {
        return storyNanos;
    }

    private EnrichedArticle place(EnrichedArticle article, Instant at, RecentIndex<SeenArticle> seen, RecentIndex<StoryProfile> storyIndex) {
        if (article.body().isBlank()) {
            return article;
        }
        long now = at.toEpochMilli();
        SeenArticle before = seen.find(article.id(), now).orElse(null);
        if (before != null) {
            return placed(article, before, seen, now);
        }
        DuplicateMatch match = duplicates.find(article.id(), article.body(), seen, now);
        SeenArticle closest = match == null ? null : match.closest();
        String first = closest == null ? article.id() : closest.first();
        long storyStart = clock.getAsLong();
        String storyId = stories.assign(article.id(), StoryFeatures.of(article),
                closest == null ? null : closest.storyId(), storyIndex, at);
        storyNanos += clock.getAsLong() - storyStart;
        if (match == null) {
            return article.withDuplicateAndStory(null, null, storyId, article.outlet());
        }
        double similarity = closest == null ? 0 : match.similarity();
        SeenArticle remembered = new SeenArticle(article.id(), match.signature(), first, similarity, storyId,
                article.outlet().publisher(), at);
        seen.remember(article.id(), remembered, match.bands(), now);
        return placed(article, remembered, seen, now);
    }

    private static EnrichedArticle placed(EnrichedArticle article, SeenArticle seenArticle, RecentIndex<SeenArticle> seen, long now) {
        if (seenArticle.first().equals(article.id())) {
            return article.withDuplicateAndStory(null, null, seenArticle.storyId(), article.outlet());
        }
        SeenArticle original = seen.find(seenArticle.first(), now).orElse(null);
        OutletAttribution outlets = original == null ? article.outlet()
                : SyndicationSource.apply(article.outlet(), original, seenArticle.similarity());
        return article.withDuplicateAndStory(seenArticle.first(), seenArticle.similarity(), seenArticle.storyId(), outlets);
    }
}
