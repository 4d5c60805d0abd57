package io.newsstream.enrich.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Stories held in maps, for one thread: what evaluations and tests use in place of the Streams stores. */
public final class InMemoryStoryIndex implements StoryIndex {

    private final long windowMillis;
    private final Map<String, List<String>> byFeature = new HashMap<>();
    private final Map<String, StoryProfile> stories = new HashMap<>();

    public InMemoryStoryIndex(Duration window) {
        this.windowMillis = window.toMillis();
    }

    @Override
    public List<String> storiesWith(String feature, long now, int limit) {
        List<String> ids = byFeature.getOrDefault(feature, List.of());
        Set<String> recent = new LinkedHashSet<>();
        for (int i = ids.size() - 1; i >= 0 && recent.size() < limit; i--) {
            if (find(ids.get(i), now).isPresent()) {
                recent.add(ids.get(i));
            }
        }
        return new ArrayList<>(recent);
    }

    @Override
    public Optional<StoryProfile> find(String storyId, long now) {
        StoryProfile story = stories.get(storyId);
        return story != null && story.lastSeen().toEpochMilli() >= now - windowMillis ? Optional.of(story) : Optional.empty();
    }

    @Override
    public void remember(StoryProfile story, Collection<String> features, long now) {
        stories.put(story.storyId(), story);
        for (String feature : features) {
            byFeature.computeIfAbsent(feature, f -> new ArrayList<>()).add(story.storyId());
        }
    }
}
