package io.newsstream.lab.stance;

import java.util.List;
import java.util.Optional;

/** One labelled page: a topic label for every bundled target, and the portrayal labels of its names. */
public record LabelledStancePage(String file, List<TopicLabel> topics, List<EntityLabel> entities) {

    public LabelledStancePage {
        topics = List.copyOf(topics);
        entities = List.copyOf(entities);
    }

    public Optional<TopicLabel> topic(String target) {
        return topics.stream().filter(topic -> topic.target().equals(target)).findFirst();
    }

    public Optional<EntityLabel> entity(String name) {
        return entities.stream().filter(entity -> entity.names(name)).findFirst();
    }
}
