package io.newsstream.enrich.entities;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Span;
import io.newsstream.enrich.outlet.KnownOutlet;
import io.newsstream.enrich.text.AnalysedText;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The default {@link EntityRecognizer}: finds the named entities of an article body: knowledge-base names and aliases,
 * organisations and places named with an organisation or place word ("Ministry of Fisheries", "Elm Street"), people
 * introduced by a title ("Minister Jane Doe") or framed by bylines, quotes and appositions ("said Jane Doe, a farmer"),
 * bare surnames of people the article has named in full, and short forms of its organisations ("the Post").
 */
public final class EntityFinder implements EntityRecognizer {

    private final AliasMatcher aliases;
    private final PersonDiscovery discovery = new PersonDiscovery();
    private final FramedNameFinder framed = new FramedNameFinder();
    private final OrganisationDiscovery organisations = new OrganisationDiscovery();
    private final PlaceDiscovery places = new PlaceDiscovery();
    private final SurnameLinker surnames = new SurnameLinker();
    private final SignalLineFilter signalLines;
    private final ShortFormLinker shortForms;
    private final TaggedNames tagged;

    /** The finder with the bundled name tagger (its knowledge-base features use the bundled knowledge base). */
    public EntityFinder(KnowledgeBase knowledgeBase) {
        this(knowledgeBase, NameTagger.bundled());
    }

    public EntityFinder(KnowledgeBase knowledgeBase, NameTagger tagger) {
        this.tagged = new TaggedNames(tagger);
        this.aliases = new AliasMatcher(knowledgeBase);
        this.shortForms = new ShortFormLinker(knowledgeBase);
        this.signalLines = new SignalLineFilter(
                knowledgeBase.outlets().stream().map(KnownOutlet::id).collect(Collectors.toSet()));
    }

    @Override
    public List<Entity> recognise(String body) {
        return find(AnalysedText.of(body));
    }

    @Override
    public List<Entity> recognise(AnalysedText body) {
        return find(body);
    }

    /** The entities of {@code body}, most mentioned first (ties: first mentioned first); spans index into body. */
    public List<Entity> find(String body) {
        return find(AnalysedText.of(body));
    }

    /** As {@link #find(String)}, for a body already split into sentences. */
    public List<Entity> find(AnalysedText analysed) {
        String body = analysed.text();
        Optional<DatelineCity.City> dateline = DatelineCity.find(body);
        // The dateline's city in title case reads as a name to the tagger; case can move a sentence end ("ST. LOUIS"),
        // so that text is split again.
        AnalysedText text = dateline.map(city -> DatelineCity.withTitleCaseCity(body, city))
                .filter(retyped -> !retyped.equals(body)).map(AnalysedText::of).orElse(analysed);
        List<Mention> mentions = findIn(text);
        dateline.ifPresent(city -> addDatelineCity(body, city, mentions));
        return group(signalLines.filter(body, mentions));
    }

    private List<Mention> findIn(AnalysedText analysed) {
        String body = analysed.text();
        List<Mention> mentions = new ArrayList<>(QualifiedPlaces.split(aliases.find(body), aliases));
        mentions.addAll(TeamNames.find(body, mentions));
        List<Mention> swallowed = new ArrayList<>();
        List<Mention> discoveredOrganisations = organisations.find(body, mentions, swallowed);
        mentions.removeAll(swallowed);
        mentions.addAll(discoveredOrganisations);
        List<Mention> defined = AcronymDefinitions.find(body, mentions, swallowed);
        mentions.removeAll(swallowed);
        mentions.addAll(defined);
        List<Mention> inDescribed = new ArrayList<>();
        List<Mention> described = DescribedOrganisations.find(body, mentions, inDescribed);
        mentions.removeAll(inDescribed);
        mentions.addAll(described);
        // Before place discovery: "a colleague named Leslie Field" is a person, not a field.
        mentions.addAll(IntroducedPeople.find(body, mentions));
        mentions.addAll(QualifiedPlaces.towns(body, mentions));
        mentions.addAll(places.find(body, mentions));
        mentions.addAll(discovery.find(body, mentions));
        mentions.addAll(framed.find(body, mentions));
        mentions.replaceAll(PersonTitles::trim);
        TaggedNames.Found found = tagged.find(analysed, mentions);
        found.fullNames().stream().map(PersonTitles::trim).forEach(mentions::add);
        mentions.addAll(SurnameFullNames.find(body, found, mentions));
        mentions.addAll(surnames.link(body, mentions));
        mentions.addAll(shortForms.link(body, mentions));
        MentionIndex linked = new MentionIndex(mentions);
        mentions.addAll(TaggedNames.resolveSingleWords(body, found.singleWords().stream()
                .filter(word -> !linked.overlaps(word.start(), word.end())).toList(), mentions));
        mentions.replaceAll(mention -> NameSuffixes.extend(body, mention));
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /** The dateline city as written ("KYIV"), linked like any mention, or a discovered place when nothing knows it. */
    private static void addDatelineCity(String body, DatelineCity.City city, List<Mention> mentions) {
        boolean known = false;
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            // A capitalised dateline word is a place, whatever a name rule made of it ("EUGENE" is not a person).
            if (mention.start() < city.end() && mention.end() > city.start() && mention.type() != EntityType.PERSON) {
                mentions.set(i, new Mention(mention.id(), mention.name(), mention.type(),
                        body.substring(mention.start(), mention.end()), mention.start(), mention.end()));
                known = true;
            }
        }
        if (!known) {
            mentions.removeIf(mention -> mention.start() < city.end() && mention.end() > city.start());
            mentions.add(new Mention(Slugs.of(city.name()), city.name(), EntityType.LOCATION,
                    body.substring(city.start(), city.end()), city.start(), city.end()));
            mentions.sort(Comparator.comparingInt(Mention::start));
        }
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
