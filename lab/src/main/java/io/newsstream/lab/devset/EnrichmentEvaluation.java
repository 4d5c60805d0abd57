package io.newsstream.lab.devset;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.Outlet;
import io.newsstream.enrich.Enricher;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores the enricher against a labelled development set: entity precision, recall and F1 per type (an entity is
 * right when its canonical name and type match the gold), and publisher, source and cited-outlet agreement.
 */
public final class EnrichmentEvaluation implements DevSetReport {

    private static final List<String> TYPES = List.of("PERSON", "ORG", "LOCATION");

    private final Map<String, Score> entities = new TreeMap<>();
    private Score cited = Score.ZERO;
    private int articles;
    private int publisherRight;
    private int sourceRight;
    private int publisherInvented;
    private int noPublisherInGold;
    private final List<String> misses = new ArrayList<>();

    /** Reads a development set, one JSON article per line; a bad line fails with its line number. */
    public static List<LabelledArticle> read(Reader input) throws IOException {
        return DevSetFiles.read(input, LabelledArticle.class, "a labelled article");
    }

    public static EnrichmentEvaluation run(Enricher enricher, List<LabelledArticle> set) {
        EnrichmentEvaluation evaluation = new EnrichmentEvaluation();
        for (LabelledArticle article : set) {
            evaluation.add(article, enricher.enrich(DevSetFiles.raw(article.url(), article.text(), article.outletHint())));
        }
        return evaluation;
    }

    void add(LabelledArticle labelled, EnrichedArticle enriched) {
        articles++;
        LabelledArticle.Gold gold = labelled.gold();
        for (String type : TYPES) {
            Set<String> expected = new HashSet<>();
            gold.entities().stream().filter(e -> e.type().equals(type)).forEach(e -> expected.add(key(e.name())));
            Set<String> found = new HashSet<>();
            enriched.entities().stream().filter(e -> e.type().name().equals(type)).map(Entity::name)
                    .forEach(name -> found.add(key(name)));
            Set<String> right = new HashSet<>(found);
            right.retainAll(expected);
            entities.merge(type, new Score(right.size(), found.size() - right.size(), expected.size() - right.size()), Score::plus);
            found.stream().filter(n -> !expected.contains(n)).forEach(n -> misses.add(labelled.id() + " extra " + type + " " + n));
            expected.stream().filter(n -> !found.contains(n)).forEach(n -> misses.add(labelled.id() + " missed " + type + " " + n));
        }
        String publisher = name(enriched.outlet().publisher());
        if (same(publisher, gold.publisher())) {
            publisherRight++;
        } else {
            misses.add(labelled.id() + " publisher " + publisher + " (gold " + gold.publisher() + ")");
        }
        if (gold.publisher() == null) {
            noPublisherInGold++;
            if (publisher != null) {
                publisherInvented++;
            }
        }
        if (same(name(enriched.outlet().source()), gold.source())) {
            sourceRight++;
        }
        Set<String> expectedCited = new HashSet<>();
        gold.cited().forEach(c -> expectedCited.add(key(c)));
        Set<String> foundCited = new HashSet<>();
        enriched.outlet().cited().forEach(o -> foundCited.add(key(o.name())));
        Set<String> rightCited = new HashSet<>(foundCited);
        rightCited.retainAll(expectedCited);
        cited = cited.plus(new Score(rightCited.size(), foundCited.size() - rightCited.size(),
                expectedCited.size() - rightCited.size()));
    }

    private static String name(Outlet outlet) {
        return outlet == null ? null : outlet.name();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && key(a).equals(key(b));
    }

    /** Names compare without case and with one kind of apostrophe, as annotators write them either way. */
    private static String key(String name) {
        return name.replace('\u2019', '\'').toLowerCase(Locale.ROOT).trim();
    }

    public Score entities(String type) {
        return entities.getOrDefault(type, Score.ZERO);
    }

    public double publisherAccuracy() {
        return articles == 0 ? 0 : (double) publisherRight / articles;
    }

    public double sourceAccuracy() {
        return articles == 0 ? 0 : (double) sourceRight / articles;
    }

    public Score cited() {
        return cited;
    }

    /** Articles whose gold has no publisher but the enricher named one: guesses the issue forbids. */
    public int publishersInvented() {
        return publisherInvented;
    }

    /** Each disagreement with the gold, one line each, for finding what to fix. */
    @Override
    public List<String> misses() {
        return List.copyOf(misses);
    }

    @Override
    public String report() {
        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "articles: %d%n", articles));
        for (String type : TYPES) {
            report.append(String.format(Locale.ROOT, "%-9s %s%n", type, entities(type)));
        }
        report.append(String.format(Locale.ROOT, "publisher accuracy: %.3f  (invented where gold has none: %d of %d)%n",
                publisherAccuracy(), publisherInvented, noPublisherInGold));
        report.append(String.format(Locale.ROOT, "source accuracy:    %.3f%n", sourceAccuracy()));
        report.append(String.format(Locale.ROOT, "cited   %s%n", cited));
        return report.toString();
    }
}
