package io.newsstream.lab.entities;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores the entities and outlets enrich finds on real article text: each labelled English page of news-pages is
 * enriched from its clean body and URL (as a feeder with scraped text would send it, so extraction is not measured
 * here), and the people, organisations, places and cited outlets are compared with what a careful reader found
 * ({@link GoldName} says how names match). The publisher counts as named when the enricher gives one that is not the
 * page's host or one of its parent domains (an outlet called "Canada.com" is named; "nature.com" for
 * www.nature.com is not).
 */
public final class EntityEvaluation {

    /** One line of the misses list: the page, what kind of name, and whether it was missed or wrongly found. */
    public record Miss(String file, String kind, String what, String name) {

        @Override
        public String toString() {
            return file + "\t" + kind + "\t" + what + "\t" + name;
        }
    }

    /** The figures over all pages, with every miss. */
    public record Report(int pages, NameCounts persons, NameCounts orgs, NameCounts locations, NameCounts cited,
                         int publisherNamed, List<Miss> misses) {

        public List<String> lines() {
            return List.of(
                    persons.line("PERSON", pages),
                    orgs.line("ORG", pages),
                    locations.line("LOCATION", pages),
                    cited.line("cited outlets", pages),
                    String.format(Locale.ROOT, "publisher named (not a domain) on %d of %d pages", publisherNamed, pages));
        }

        public double personPrecision() {
            return persons.precision();
        }

        public double personRecall() {
            return persons.recall();
        }

        public double orgPrecision() {
            return orgs.precision();
        }

        public double locationPrecision() {
            return locations.precision();
        }

        public double orgRecall() {
            return orgs.recall();
        }

        public double locationRecall() {
            return locations.recall();
        }

        public double citedRecall() {
            return cited.recall();
        }
    }

    private EntityEvaluation() {
    }

    /** Enriches every labelled page of the news-pages folder {@code dir} with {@code enricher} and scores it. */
    public static Report run(Enricher enricher, Path dir) {
        List<LabelledPage> pages = LabelledPages.read(dir);
        NameCounts persons = NameCounts.NONE;
        NameCounts orgs = NameCounts.NONE;
        NameCounts locations = NameCounts.NONE;
        NameCounts cited = NameCounts.NONE;
        int publisherNamed = 0;
        List<Miss> misses = new ArrayList<>();
        for (LabelledPage page : pages) {
            EnrichedArticle article = enricher.enrich(new RawArticle(page.file(), page.url(), page.title(), page.body(),
                    null, "en", null, Instant.EPOCH, Channel.FILE, null, null));
            persons = persons.plus(score(page, "PERSON", page.persons(), names(article, EntityType.PERSON), misses));
            orgs = orgs.plus(score(page, "ORG", withCitedOutlets(page), names(article, EntityType.ORG), misses));
            locations = locations.plus(score(page, "LOCATION", page.locations(), names(article, EntityType.LOCATION),
                    misses));
            cited = cited.plus(score(page, "cited", page.cited(), citedOutlets(article), misses));
            Outlet publisher = article.outlet() == null ? null : article.outlet().publisher();
            if (publisher != null && !isHostOf(publisher.name(), page.url())) {
                publisherNamed++;
            } else {
                misses.add(new Miss(page.file(), "publisher", "unnamed", publisher == null ? "-" : publisher.name()));
            }
        }
        return new Report(pages.size(), persons, orgs, locations, cited, publisherNamed, misses);
    }

    /**
     * The page's organisations plus its cited outlets as names counted neither way: the labels list an outlet the text
     * cites under {@code cited} only, while the contract makes it an ORG entity as well (decision 0012).
     */
    private static List<GoldName> withCitedOutlets(LabelledPage page) {
        return Stream.concat(page.orgs().stream(),
                page.cited().stream().map(outlet -> new GoldName(outlet.spellings(), true))).toList();
    }

    private static boolean isHostOf(String name, String url) {
        String host = url == null ? "" : URI.create(url).getHost();
        String lowerName = name.toLowerCase(Locale.ROOT);
        return host != null && (host.equals(lowerName) || host.endsWith("." + lowerName));
    }

    /** Each found item as the names it may match by: an entity's canonical name and its surface forms. */
    private static List<List<String>> names(EnrichedArticle article, EntityType type) {
        return article.entities().stream().filter(entity -> entity.type() == type).map(EntityEvaluation::namesOf)
                .toList();
    }

    private static List<String> namesOf(Entity entity) {
        return Stream.concat(Stream.of(entity.name()), entity.aliases().stream()).toList();
    }

    private static List<List<String>> citedOutlets(EnrichedArticle article) {
        if (article.outlet() == null) {
            return List.of();
        }
        Stream<Outlet> source = Stream.ofNullable(article.outlet().source());
        return Stream.concat(article.outlet().cited().stream(), source).map(Outlet::name).distinct()
                .map(List::of).toList();
    }

    private static NameCounts score(LabelledPage page, String kind, List<GoldName> gold, List<List<String>> found,
                                     List<Miss> misses) {
        int right = 0;
        int counted = 0;
        for (List<String> item : found) {
            List<GoldName> matched = gold.stream().filter(name -> item.stream().anyMatch(name::matches)).toList();
            if (!matched.isEmpty() && matched.stream().allMatch(GoldName::uncertain)) {
                continue;
            }
            counted++;
            if (matched.isEmpty()) {
                misses.add(new Miss(page.file(), kind, "false", String.join(" / ", item)));
            } else {
                right++;
            }
        }
        int recalled = 0;
        int certain = 0;
        for (GoldName name : gold) {
            if (name.uncertain()) {
                continue;
            }
            certain++;
            if (found.stream().anyMatch(item -> item.stream().anyMatch(name::matches))) {
                recalled++;
            } else {
                misses.add(new Miss(page.file(), kind, "missed", name.toString()));
            }
        }
        return new NameCounts(right, counted, recalled, certain);
    }
}
