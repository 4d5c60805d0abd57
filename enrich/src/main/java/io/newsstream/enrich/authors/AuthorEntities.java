package io.newsstream.enrich.authors;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Span;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Makes the authors found in bylines PERSON entities of the article. A byline is the strongest evidence there is
 * that a name is a person's, so a place or organisation read inside it gives way ("Jordan" in "By Jordan Whitley");
 * a byline-shaped line that is exactly a known place or organisation ("Buenos Aires" alone on the last line) is no
 * author.
 */
public final class AuthorEntities {

    /** The article's authors, in byline order, and its entities with the authors among them. */
    public record Merged(List<String> authors, List<Entity> entities) {
    }

    private AuthorEntities() {
    }

    public static Merged merge(String body, List<Entity> entities, List<AuthorMention> found) {
        List<AuthorMention> authors = found.stream().filter(author -> !isOtherEntity(author, entities)).toList();
        if (authors.isEmpty()) {
            return new Merged(List.of(), entities);
        }
        Map<String, Entity> byName = new LinkedHashMap<>();
        Map<String, List<Span>> spans = new LinkedHashMap<>();
        for (Entity entity : entities) {
            List<Span> kept = entity.spans().stream()
                    .filter(span -> entity.type() == EntityType.PERSON || authors.stream().noneMatch(a -> overlaps(a, span)))
                    .toList();
            if (!kept.isEmpty()) {
                byName.put(entity.id(), entity);
                spans.put(entity.id(), new ArrayList<>(kept));
            }
        }
        for (AuthorMention author : authors) {
            boolean covered = spans.entrySet().stream().anyMatch(entry -> byName.get(entry.getKey()).type() == EntityType.PERSON
                    && entry.getValue().stream().anyMatch(span -> overlaps(author, span)));
            if (covered) {
                continue;
            }
            String id = byName.values().stream()
                    .filter(entity -> entity.type() == EntityType.PERSON && entity.name().equals(author.name()))
                    .map(Entity::id).findFirst()
                    .orElse(Slugs.of(author.name()));
            byName.putIfAbsent(id, new Entity(id, author.name(), EntityType.PERSON, 0, List.of(), List.of()));
            spans.computeIfAbsent(id, key -> new ArrayList<>()).add(new Span(author.start(), author.end()));
        }
        List<Entity> merged = new ArrayList<>();
        for (Map.Entry<String, List<Span>> entry : spans.entrySet()) {
            Entity entity = byName.get(entry.getKey());
            List<Span> entitySpans = entry.getValue().stream().sorted(Comparator.comparingInt(Span::start)).toList();
            LinkedHashSet<String> written = new LinkedHashSet<>();
            entitySpans.forEach(span -> written.add(body.substring(span.start(), span.end())));
            merged.add(new Entity(entity.id(), entity.name(), entity.type(), entitySpans.size(), List.copyOf(written), entitySpans));
        }
        merged.sort(Comparator.comparingInt(Entity::mentions).reversed()
                .thenComparingInt(entity -> entity.spans().get(0).start()));
        List<String> names = authors.stream().map(AuthorMention::name).distinct().toList();
        return new Merged(names, merged);
    }

    private static boolean isOtherEntity(AuthorMention author, List<Entity> entities) {
        return entities.stream().anyMatch(entity -> entity.type() != EntityType.PERSON && entity.spans().stream()
                .anyMatch(span -> span.start() == author.start() && span.end() == author.end()));
    }

    private static boolean overlaps(AuthorMention author, Span span) {
        return span.start() < author.end() && author.start() < span.end();
    }
}
