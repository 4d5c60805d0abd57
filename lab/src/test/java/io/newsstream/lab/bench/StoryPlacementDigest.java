package io.newsstream.lab.bench;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Outlet;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.dedup.InMemoryRecentIndex;
import io.newsstream.enrich.dedup.SeenArticle;
import io.newsstream.enrich.story.StoryProfile;
import io.newsstream.enrich.story.StorySettings;
import io.newsstream.enrich.story.StoryStep;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * Places {@link StoryStepBenchmark}'s two article sets and prints a digest of what the story step decided for each
 * article (copy of, similarity, story, syndication source): run on the code before and after a change of the step's
 * cost, equal digests show that the change kept every decision. Run as the benchmarks: {@code java -cp ...
 * io.newsstream.lab.bench.StoryPlacementDigest}.
 */
public final class StoryPlacementDigest {

    private StoryPlacementDigest() {
    }

    public static void main(String[] args) throws Exception {
        Enricher enricher = Enricher.builder().clock(Clock.systemUTC()).build();
        digest("wire", StoryStepBenchmark.wireArticles(), enricher);
        digest("copies", StoryStepBenchmark.generatedArticles(), enricher);
    }

    private static void digest(String name, List<RawArticle> articles, Enricher enricher) throws Exception {
        StoryStep step = new StoryStep(StorySettings.DEFAULT);
        var seen = new InMemoryRecentIndex<SeenArticle>(StorySettings.DEFAULT.duplicatesWindow());
        var stories = new InMemoryRecentIndex<StoryProfile>(StorySettings.DEFAULT.storiesWindow());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        Instant at = Instant.parse("2031-03-01T00:00:00Z");
        int copies = 0;
        for (RawArticle raw : articles) {
            at = at.plusSeconds(1);
            EnrichedArticle placed = step.apply(enricher.enrich(raw), at, seen, stories);
            Outlet source = placed.outlet().source();
            String line = placed.id() + " " + placed.duplicateOf() + " " + placed.duplicateSimilarity() + " "
                    + placed.storyId() + " " + (source == null ? null : source.name() + source.evidence()) + "\n";
            sha.update(line.getBytes(StandardCharsets.UTF_8));
            copies += placed.duplicateOf() == null ? 0 : 1;
        }
        System.out.printf("%s: %d articles, %d copies, digest %s%n", name, articles.size(), copies,
                HexFormat.of().formatHex(sha.digest()));
    }
}
