package io.newsstream.lab.entities;

import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.EntityRecognizer;
import io.newsstream.enrich.entities.EntityFinder;
import io.newsstream.enrich.entities.KnowledgeBase;
import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores an entity recogniser on real article text: the clean bodies of the English news pages against the entities
 * a reader listed. A listed entity is found when an entity of its type carries one of its spellings as canonical
 * name or as written; a found entity is right when it is some listed entity of its type. Uncertain listed entities
 * count neither way. Run: {@code java -cp ... io.newsstream.lab.entities.EntityEvaluation [NEWS_PAGES_DIR]
 * [--misses]}.
 */
public final class EntityEvaluation {

    private static final List<EntityType> TYPES = List.of(EntityType.PERSON, EntityType.ORG, EntityType.LOCATION);

    /** Counts of one type over all pages, with the names behind the errors. */
    public static final class Tally {
        int expected;
        int found;
        int recalled;
        int right;
        final List<String> missed = new ArrayList<>();
        final List<String> wrong = new ArrayList<>();

        public double recall() {
            return expected == 0 ? 0 : (double) recalled / expected;
        }

        public double precision() {
            return found == 0 ? 0 : (double) right / found;
        }
    }

    private EntityEvaluation() {
    }

    public static Map<EntityType, Tally> run(EntityRecognizer recognizer, List<NewsPageEntities> pages) {
        Map<EntityType, Tally> tallies = new EnumMap<>(EntityType.class);
        TYPES.forEach(type -> tallies.put(type, new Tally()));
        for (NewsPageEntities page : pages) {
            List<Entity> entities = recognizer.recognise(page.body());
            for (EntityType type : TYPES) {
                Tally tally = tallies.get(type);
                List<NewsPageEntities.Expected> expected = page.expected().get(type);
                List<Entity> ofType = entities.stream().filter(entity -> entity.type() == type).toList();
                for (NewsPageEntities.Expected listed : expected) {
                    boolean found = ofType.stream().anyMatch(entity -> matches(entity, listed));
                    if (!listed.uncertain()) {
                        tally.expected++;
                        if (found) {
                            tally.recalled++;
                        } else {
                            tally.missed.add(listed.spellings().get(0));
                        }
                    }
                }
                for (Entity entity : ofType) {
                    NewsPageEntities.Expected match = expected.stream().filter(listed -> matches(entity, listed))
                            .findFirst().orElse(null);
                    if (match != null && match.uncertain()) {
                        continue;
                    }
                    tally.found++;
                    if (match != null) {
                        tally.right++;
                    } else {
                        tally.wrong.add(entity.name());
                    }
                }
            }
        }
        return tallies;
    }

    static boolean matches(Entity entity, NewsPageEntities.Expected listed) {
        for (String spelling : listed.spellings()) {
            String wanted = normalise(spelling);
            if (normalise(entity.name()).equals(wanted)
                    || entity.aliases().stream().anyMatch(alias -> normalise(alias).equals(wanted))) {
                return true;
            }
        }
        return false;
    }

    /** Case, accents, apostrophe forms, a leading "the" and spacing do not tell names apart here. */
    static String normalise(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    public static List<String> lines(Map<EntityType, Tally> tallies) {
        List<String> lines = new ArrayList<>();
        tallies.forEach((type, t) -> lines.add(String.format(Locale.ROOT,
                "%-9s recall %.3f (%d of %d)  precision %.3f (%d of %d)", type, t.recall(), t.recalled, t.expected,
                t.precision(), t.right, t.found)));
        return lines;
    }

    public static void main(String[] args) {
        Path pages = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0])
                : SharedDatasets.find("news-pages").orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        report(pages, List.of(args).contains("--misses")).forEach(System.out::println);
    }

    /** The scores of the default entity finder on the pages of {@code newsPages}, and with {@code misses} its errors. */
    public static List<String> report(Path newsPages, boolean misses) {
        List<NewsPageEntities> pages = NewsPageEntities.read(newsPages);
        Map<EntityType, Tally> tallies = run(new EntityFinder(KnowledgeBase.bundled()), pages);
        List<String> lines = new ArrayList<>();
        lines.add(pages.size() + " English pages of " + newsPages);
        lines.addAll(lines(tallies));
        if (misses) {
            tallies.forEach((type, t) -> {
                lines.add(type + " missed: " + String.join("; ", t.missed));
                lines.add(type + " wrong: " + String.join("; ", t.wrong));
            });
        }
        return lines;
    }
}
