package io.newsstream.enrich.story;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The recent stories, found by id and by feature; a story not extended within the window is gone. */
public interface StoryIndex {

    /** Ids of recent stories having this feature, most recent first, at most {@code limit}. */
    List<String> storiesWith(String feature, long now, int limit);

    Optional<StoryProfile> find(String storyId, long now);

    /** Stores the story and indexes it under {@code features} (those of the article just added). */
    void remember(StoryProfile story, Collection<String> features, long now);
}
