package io.newsstream.enrich.entities;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The default {@link EntityRecognizer}: finds the named entities of an article body: knowledge-base names and aliases,
 * organisations and places named with an organisation or place word ("Ministry of Fisheries", "Elm Street"), people
 * introduced by a title ("Minister Jane Doe") or framed by bylines, quotes and appositions ("said Jane Doe, a farmer"),
 * and bare surnames of people the article has named in full.
 */
public final class EntityFinder implements EntityRecognizer {

    private final AliasMatcher aliases;
    private final PersonDiscovery discovery = new PersonDiscovery();
    private final FramedNameFinder framed = new FramedNameFinder();
    private final OrganisationDiscovery organisations = new OrganisationDiscovery();
    private final PlaceDiscovery places = new PlaceDiscovery();
    private final SurnameLinker surnames = new SurnameLinker();

    public EntityFinder(KnowledgeBase knowledgeBase) {
        this.aliases = new AliasMatcher(knowledgeBase);
    }

    @Override
    public List<Entity> recognise(String body) {
        return find(body);
    }

    /** The entities of {@code body}, most mentioned first (ties: first mentioned first); spans index into body. */
    public List<Entity> find(String body) {
        List<Mention> mentions = new ArrayList<>(aliases.find(body));
        List<Mention> swallowed = new ArrayList<>();
        List<Mention> discoveredOrganisations = organisations.find(body, mentions, swallowed);
        mentions.removeAll(swallowed);
        mentions.addAll(discoveredOrganisations);
        mentions.addAll(places.find(body, mentions));
        mentions.addAll(discovery.find(body, mentions));
        mentions.addAll(framed.find(body, mentions));
        mentions.addAll(surnames.link(body, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return group(mentions);
    }

    private static List<Entity> group(List<Mention> mentionsInOrder) {
        Map<String, List<Mention>> byEntity = new LinkedHashMap<>();
        for (Mention mention : mentionsInOrder) {
            byEntity.computeIfAbsent(mention.id(), id -> new ArrayList<>()).add(mention);
        }
        List<Entity> entities = new ArrayList<>();
        for (List<Mention> mentions : byEntity.values()) {
            Mention first = mentions.get(0);
            LinkedHashSet<String> written = new LinkedHashSet<>();
            List<Span> spans = new ArrayList<>();
            for (Mention mention : mentions) {
                written.add(mention.surface());
                spans.add(new Span(mention.start(), mention.end()));
            }
            entities.add(new Entity(first.id(), first.name(), first.type(), mentions.size(), List.copyOf(written), spans));
        }
        // Stable sort: entities with equal counts keep their order of first mention.
        entities.sort(Comparator.comparingInt(Entity::mentions).reversed());
        return entities;
    }
}
