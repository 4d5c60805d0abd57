package io.newsstream.lab.duplicates;

import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.dedup.InMemoryRecentIndex;
import io.newsstream.enrich.dedup.RecentIndex;
import io.newsstream.enrich.dedup.SeenArticle;
import io.newsstream.enrich.story.SeenArticleSerde;
import io.newsstream.enrich.story.StoryProfile;
import io.newsstream.enrich.story.StoryProfileSerde;
import io.newsstream.enrich.story.StorySettings;
import io.newsstream.enrich.story.StoryStep;
import io.newsstream.lab.extraction.ExtractionDataset;
import io.newsstream.lab.extraction.ExtractionPage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores near-duplicate detection and story clustering as enrich runs them ({@link StoryStep} after the real
 * {@link Enricher}): on the generated copies set (precision and recall of {@code duplicateOf}), on the generated
 * stories set (pairwise precision and recall of {@code storyId}) and, when given, on real pages, none of which is a
 * copy of another (every merge is listed).
 *
 * <p>The generated sets are placed one city at a time (its two events, same person and place, different events,
 * and their copies or write-ups) against fresh stores: two events of one type in different cities come from one
 * template, copies of each other in all but names and numbers, which real reports of different events never are.
 * The real pages are the broad test of different texts that must not merge.
 */
public final class DuplicateEvaluation {

    /** The generated sets' sizes: 20 cities, two events each; five write-ups of every event. */
    static final int CITIES = 20;
    static final int WRITE_UPS = 5;

    private final Enricher enricher;
    private final StorySettings settings;
    private final StoryStep step;

    public DuplicateEvaluation(Enricher enricher, StorySettings settings) {
        this.enricher = enricher;
        this.settings = settings;
        this.step = new StoryStep(settings);
    }

    /** Precision and recall of the copies set, or of the story pairs. */
    public record Scores(int truePositives, int falsePositives, int falseNegatives) {

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
        }

        String line(String what) {
            return String.format(Locale.ROOT, "%s: precision %.3f, recall %.3f (%d right, %d wrong, %d missed)", what,
                    precision(), recall(), truePositives, falsePositives, falseNegatives);
        }
    }

    /** Everything measured, with the misses listed. */
    public record Report(int copiesSetSize, Scores copies, int storiesSetSize, int events, Scores stories,
                         int realPages, List<String> realMerges, List<String> realStories,
                         long duplicateBytesPerArticle, long storyBytesPerArticle, List<String> misses) {

        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(copies.line("near-duplicates, generated set of " + copiesSetSize + " articles"));
            lines.add(stories.line("story pairs, generated set of " + storiesSetSize + " articles in " + events + " stories"));
            lines.add(realPages < 0 ? "real pages: ../shared/datasets absent, not checked"
                    : "real pages: " + realPages + " checked, " + realMerges.size() + " merged");
            realMerges.forEach(merge -> lines.add("  " + merge));
            if (realPages >= 0) {
                lines.add("real pages in a story with another page: " + realStories.size());
                realStories.forEach(story -> lines.add("  " + story));
                lines.add(String.format(Locale.ROOT, "state held per real article: %,d bytes in the duplicate "
                        + "stores, %,d in the story stores (keys, values, timestamps)",
                        duplicateBytesPerArticle, storyBytesPerArticle));
            }
            return lines;
        }
    }

    /** @param datasets {@code shared/datasets}, or null to skip the real pages */
    public Report run(Path datasets) {
        ArticleGenerator generator = new ArticleGenerator(EventTemplates.bundled());
        List<String> misses = new ArrayList<>();
        List<GeneratedArticle> copySet = generator.copies(CITIES);
        Scores copies = scoreCopies(copySet, placeByCity(copySet), misses);
        List<GeneratedArticle> storySet = generator.stories(CITIES, WRITE_UPS);
        Scores stories = scoreStories(storySet, placeByCity(storySet));
        int realPages = -1;
        StateFootprint<SeenArticle> seenBytes = new StateFootprint<>(new InMemoryRecentIndex<>(
                settings.duplicatesWindow()), new SeenArticleSerde(), settings.duplicatesWindow());
        StateFootprint<StoryProfile> storyBytes = new StateFootprint<>(new InMemoryRecentIndex<>(
                settings.storiesWindow()), new StoryProfileSerde(), settings.storiesWindow());
        List<String> realMerges = new ArrayList<>();
        List<String> realStories = new ArrayList<>();
        if (datasets != null) {
            List<GeneratedArticle> real = realPages(datasets);
            realPages = real.size();
            Map<String, EnrichedArticle> placed = place(real, seenBytes, storyBytes);
            for (EnrichedArticle article : placed.values()) {
                // The one page in both data sets is a copy of itself, rightly found.
                if (article.duplicateOf() != null && !article.url().equals(placed.get(article.duplicateOf()).url())) {
                    realMerges.add(String.format(Locale.ROOT, "%s duplicate of %s (similarity %.2f)", article.url(),
                            placed.get(article.duplicateOf()).url(), article.duplicateSimilarity()));
                }
                if (!article.storyId().equals(article.id())) {
                    realStories.add(article.url() + " in the story of " + placed.get(article.storyId()).url());
                }
            }
        }
        return new Report(copySet.size(), copies, storySet.size(), 2 * CITIES, stories, realPages, realMerges, realStories,
                realPages <= 0 ? 0 : seenBytes.bytes() / realPages, realPages <= 0 ? 0 : storyBytes.bytes() / realPages,
                misses);
    }

    private Map<String, EnrichedArticle> placeByCity(List<GeneratedArticle> articles) {
        Map<String, List<GeneratedArticle>> byCity = new LinkedHashMap<>();
        articles.forEach(article -> byCity.computeIfAbsent(article.city(), city -> new ArrayList<>()).add(article));
        Map<String, EnrichedArticle> placed = new HashMap<>();
        byCity.values().forEach(city -> placed.putAll(place(city)));
        return placed;
    }

    /** Each article enriched and placed in time order, against fresh stores. */
    Map<String, EnrichedArticle> place(List<GeneratedArticle> articles) {
        return place(articles, new InMemoryRecentIndex<>(settings.duplicatesWindow()),
                new InMemoryRecentIndex<>(settings.storiesWindow()));
    }

    private Map<String, EnrichedArticle> place(List<GeneratedArticle> articles, RecentIndex<SeenArticle> seen,
                                               RecentIndex<StoryProfile> stories) {
        Map<String, EnrichedArticle> placed = new HashMap<>();
        for (GeneratedArticle article : articles) {
            EnrichedArticle enriched = enricher.enrich(new RawArticle(article.id(), article.url(), null, article.text(),
                    null, null, null, article.receivedAt(), Channel.FILE, null));
            placed.put(article.id(), step.apply(enriched, article.receivedAt(), seen, stories));
        }
        return placed;
    }

    private static Scores scoreCopies(List<GeneratedArticle> set, Map<String, EnrichedArticle> placed, List<String> misses) {
        int right = 0;
        int wrong = 0;
        int missed = 0;
        for (GeneratedArticle article : set) {
            String found = placed.get(article.id()).duplicateOf();
            if (found != null && found.equals(article.copyOf())) {
                right++;
            } else {
                if (found != null) {
                    wrong++;
                    misses.add("wrong: " + article.event() + " " + article.id() + " marked a copy of " + found);
                }
                if (article.copyOf() != null) {
                    missed++;
                    misses.add("missed: " + article.event() + " " + article.id() + " copy of " + article.copyOf());
                }
            }
        }
        return new Scores(right, wrong, missed);
    }

    private static Scores scoreStories(List<GeneratedArticle> set, Map<String, EnrichedArticle> placed) {
        int right = 0;
        int wrong = 0;
        int missed = 0;
        for (int i = 0; i < set.size(); i++) {
            for (int j = i + 1; j < set.size(); j++) {
                boolean sameEvent = set.get(i).event().equals(set.get(j).event());
                boolean sameStory = placed.get(set.get(i).id()).storyId().equals(placed.get(set.get(j).id()).storyId());
                if (sameStory && sameEvent) {
                    right++;
                } else if (sameStory) {
                    wrong++;
                } else if (sameEvent) {
                    missed++;
                }
            }
        }
        return new Scores(right, wrong, missed);
    }

    /** The true bodies of the shared pages, as if they arrived a minute apart: none is a copy of another. */
    private static List<GeneratedArticle> realPages(Path datasets) {
        List<GeneratedArticle> articles = new ArrayList<>();
        Instant at = Instant.parse("2031-03-01T00:00:00Z");
        for (String name : List.of("news-pages", "article-extraction")) {
            for (ExtractionPage page : ExtractionDataset.read(datasets.resolve(name))) {
                if (page.body() == null || page.body().isBlank()) {
                    continue;
                }
                String id = String.format(Locale.ROOT, "%032x", articles.size() + 1);
                String text = page.title() == null ? page.body() : page.title() + "\n\n" + page.body();
                articles.add(new GeneratedArticle(id, page.url(), text, at, null, name + "/" + page.name()));
                at = at.plus(Duration.ofMinutes(1));
            }
        }
        return articles;
    }
}
