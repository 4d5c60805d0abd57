package io.newsstream.ingest.feed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the poller remembers of one feed across restarts.
 *
 * @param validators of the last body whose new items were all sent, so a 304 never hides an unsent item
 * @param newestItemAt the newest item date seen in the feed, or null
 * @param sentIds ids of items Kafka acknowledged (or refused for good), oldest first, at most a bounded number
 */
public record FeedState(String feed, Validators validators, Instant newestItemAt, List<String> sentIds) {

    public FeedState {
        Objects.requireNonNull(feed, "feed");
        validators = validators == null ? Validators.NONE : validators;
        sentIds = sentIds == null ? List.of() : List.copyOf(sentIds);
    }

    static FeedState empty(String feed) {
        return new FeedState(feed, Validators.NONE, null, List.of());
    }

    /** This state with {@code ids} remembered, keeping only the newest {@code maxIds}. */
    FeedState withSent(List<String> ids, int maxIds) {
        Set<String> all = new LinkedHashSet<>(sentIds);
        for (String id : ids) {
            all.remove(id);
            all.add(id);
        }
        List<String> kept = new ArrayList<>(all);
        return new FeedState(feed, validators, newestItemAt,
                kept.subList(Math.max(0, kept.size() - maxIds), kept.size()));
    }

    FeedState withValidators(Validators next) {
        return new FeedState(feed, next, newestItemAt, sentIds);
    }

    /** Keeps the later of the known and the given newest item date. */
    FeedState withNewestItemAt(Instant candidate) {
        if (candidate == null || (newestItemAt != null && !candidate.isAfter(newestItemAt))) {
            return this;
        }
        return new FeedState(feed, validators, candidate, sentIds);
    }
}
