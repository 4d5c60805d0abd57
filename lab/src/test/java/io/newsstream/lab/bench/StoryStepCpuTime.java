package io.newsstream.lab.bench;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.story.StorySettings;
import io.newsstream.enrich.story.StoryStep;
import io.newsstream.enrich.story.StoryStores;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.StateStore;

/**
 * {@link StoryStepBenchmark#enrichAndPlaceOneArticle} counted in the thread's CPU time instead of the clock: each
 * wire article enriched then placed into the step's RocksDB stores (empty at each pass), with the CPU time of the
 * enrichment, of the step's fingerprint and near-duplicate part and of its story clustering. On a machine whose cores
 * other work shares, clock times mostly measure the other work; CPU times much less. Prints each pass; the first
 * warms up.
 *
 * <p>Run (classpath as for the benchmark): {@code java -cp ... io.newsstream.lab.bench.StoryStepCpuTime [PASSES]}.
 */
public final class StoryStepCpuTime {

    private StoryStepCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Enricher enricher = Enricher.builder().clock(Clock.systemUTC()).build();
        List<RawArticle> articles = StoryStepBenchmark.wireArticles();
        for (int pass = 1; pass <= passes; pass++) {
            Path stateDir = Files.createTempDirectory("story-cpu");
            Map<String, StateStore> stores = StoryStepBenchmark.openStores(stateDir);
            var seen = StoryStores.duplicates(stores::get, StorySettings.DEFAULT);
            var stories = StoryStores.stories(stores::get, StorySettings.DEFAULT);
            StoryStep step = new StoryStep(StorySettings.DEFAULT, threads::getCurrentThreadCpuTime);
            Instant at = Instant.parse("2031-03-01T00:00:00Z");
            long enrichCpu = 0;
            long stepCpu = 0;
            for (RawArticle raw : articles) {
                at = at.plusSeconds(1);
                long start = threads.getCurrentThreadCpuTime();
                EnrichedArticle enriched = enricher.enrich(raw);
                long enrichedAt = threads.getCurrentThreadCpuTime();
                step.apply(enriched, at, seen, stories);
                stepCpu += threads.getCurrentThreadCpuTime() - enrichedAt;
                enrichCpu += enrichedAt - start;
            }
            stores.values().forEach(StateStore::close);
            try (var files = Files.walk(stateDir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
            double n = articles.size() * 1e6;
            System.out.printf("pass %d, %d articles, CPU ms per article: enrichment %.3f, story step %.3f"
                            + " (fingerprint and near-duplicates %.3f, stories %.3f); step / enrichment %.1f%%,"
                            + " near-duplicate part / enrichment %.1f%%%n",
                    pass, articles.size(), enrichCpu / n, stepCpu / n, step.duplicateNanos() / n,
                    step.storyNanos() / n, 100.0 * stepCpu / enrichCpu, 100.0 * step.duplicateNanos() / enrichCpu);
        }
    }
}
