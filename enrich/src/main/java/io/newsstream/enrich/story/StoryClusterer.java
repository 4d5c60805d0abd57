package io.newsstream.enrich.story;

import io.newsstream.enrich.dedup.CandidateIds;
import io.newsstream.enrich.dedup.RecentIndex;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Incremental story clustering: an article joins the open story that shares at least {@code storyMinSharedEntities}
 * of its entities and {@code storyMinTermShare} of its key terms (the best such story by the shares of both);
 * otherwise it starts a story of its own. Entities alone never merge: two events in one city with one cast are
 * told apart by what happened. Stories are found through their features, so the cost does not grow with the number of stories.
 * Single pass, never merging two stories afterwards: an early article decides which story later ones can join.
 */
public final class StoryClusterer {

    /** Stories read per feature: a common entity ("United States") is in many, the rarer features find the rest. */
    static final int STORIES_PER_FEATURE = 20;
    /** Stories compared: those sharing the most features with the article. */
    static final int STORIES_COMPARED = 10;

    private final StorySettings settings;

    public StoryClusterer(StorySettings settings) {
        this.settings = settings;
    }

    /**
     * The story of an article with these features: {@code knownStory} when the article is a copy of one already
     * placed (a copy always follows its original), else the best matching open story, else a new one named
     * {@code articleId}. The chosen story remembers the article.
     */
    public String assign(String articleId, Map<String, Double> features, String knownStory, RecentIndex<StoryProfile> stories,
                         Instant at) {
        long now = at.toEpochMilli();
        StoryProfile chosen = knownStory == null ? null : stories.find(knownStory, now).orElse(null);
        if (chosen == null && knownStory == null) {
            chosen = bestMatch(features, stories, now);
        }
        StoryProfile updated = chosen == null
                ? StoryProfile.start(knownStory != null ? knownStory : articleId, at, features)
                : chosen.with(features, at);
        stories.remember(updated.storyId(), updated, features.keySet(), now);
        return updated.storyId();
    }

    private StoryProfile bestMatch(Map<String, Double> features, RecentIndex<StoryProfile> stories, long now) {
        long terms = features.keySet().stream().filter(feature -> !StoryFeatures.isEntity(feature)).count();
        if (terms == 0) {
            return null;
        }
        List<String> candidates = CandidateIds.mostShared(stories, features.keySet(), now, STORIES_PER_FEATURE,
                STORIES_COMPARED, null);
        StoryProfile best = null;
        double bestScore = 0;
        for (String id : candidates) {
            StoryProfile story = stories.find(id, now).orElse(null);
            if (story == null) {
                continue;
            }
            int sharedEntities = 0;
            int sharedTerms = 0;
            for (String feature : story.strongest(features.size() * 2)) {
                if (features.containsKey(feature)) {
                    if (StoryFeatures.isEntity(feature)) {
                        sharedEntities++;
                    } else {
                        sharedTerms++;
                    }
                }
            }
            double termShare = (double) sharedTerms / terms;
            double score = termShare + sharedEntities / (double) Math.max(1, features.size() - terms);
            if (sharedEntities >= settings.storyMinSharedEntities() && termShare >= settings.storyMinTermShare()
                    && score > bestScore) {
                best = story;
                bestScore = score;
            }
        }
        return best;
    }
}
