package io.newsstream.lab.bench;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.dedup.SeenArticle;
import io.newsstream.enrich.dedup.RecentIndex;
import io.newsstream.enrich.story.StoryProfile;
import io.newsstream.enrich.story.StorySettings;
import io.newsstream.enrich.story.StoryStep;
import io.newsstream.enrich.story.StoryStores;
import io.newsstream.lab.duplicates.ArticleGenerator;
import io.newsstream.lab.duplicates.EventTemplates;
import io.newsstream.lab.duplicates.GeneratedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The story step (fingerprint, LSH lookup, story clustering) against its real RocksDB stores and the enrichment of
 * the same articles (with stance, as deployed), in one run: {@link #enrichAndPlaceOneArticle} times both parts of
 * each article, so their ratio is the step's share of enrichment; {@link #placeAllArticles} places every article
 * once, a second apart, into empty stores, so the stores grow through the shot as in a stream (the score divided by
 * the article count is the step's cost per article). With {@code source=wire} the articles are 1,000 quote-heavy
 * wire articles of {@link SyntheticArticles} (distinct texts whose few dozen people and places recur, so story
 * lookups find many candidates); with {@code source=copies} the 2,520 generated copies and write-ups of
 * {@link ArticleGenerator} (most are copies, so band lookups hit). The stores are built as in production but
 * without the changelog and without Streams' record cache, so every read and write reaches RocksDB.
 *
 * <p>Run as the other benchmarks (see {@link LanguageDetectionBenchmark}): {@code ... org.openjdk.jmh.Main
 * StoryStepBenchmark}.
 */
@State(Scope.Thread)
@Fork(1)
@Threads(1)
public class StoryStepBenchmark {

    private static final int ROUNDS = 7;
    private static final int WIRE_ARTICLES = 1_000;
    private static final Instant PLACED_FROM = Instant.parse("2031-03-01T00:00:00Z");

    @Param({"wire", "copies"})
    public String source;

    private Enricher enricher;
    private StoryStep step;
    private RecentIndex<SeenArticle> seen;
    private RecentIndex<StoryProfile> stories;
    private List<RawArticle> raw;
    private List<EnrichedArticle> enriched;
    private Map<String, StateStore> stores;
    private Path stateDir;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        enricher = Enricher.builder().clock(Clock.systemUTC()).build();
        step = new StoryStep(StorySettings.DEFAULT);
        raw = source.equals("wire") ? wireArticles() : generatedArticles();
        enriched = raw.stream().map(enricher::enrich).toList();
        next = 0;
    }

    static List<RawArticle> wireArticles() {
        Instant at = Instant.parse("2031-03-01T00:00:00Z");
        List<RawArticle> articles = new ArrayList<>();
        for (Map<String, String> article : SyntheticArticles.generate(WIRE_ARTICLES, 42, "jmh")) {
            String text = article.get("title") + "\n\n" + article.get("text");
            articles.add(new RawArticle(ArticleIds.of(article.get("url"), text), article.get("url"), null, text, null,
                    null, null, at, Channel.HTTP, null));
        }
        return articles;
    }

    static List<RawArticle> generatedArticles() {
        ArticleGenerator generator = new ArticleGenerator(EventTemplates.bundled());
        List<RawArticle> articles = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            List<GeneratedArticle> round = new ArrayList<>(generator.copies(20));
            round.addAll(generator.stories(20, 5));
            for (GeneratedArticle article : round) {
                articles.add(new RawArticle(article.id(), article.url(), null, article.text(), null, null, null,
                        article.receivedAt(), Channel.HTTP, null));
            }
        }
        return articles;
    }

    @Setup(Level.Iteration)
    public void openEmptyStores() throws IOException {
        stateDir = Files.createTempDirectory("story-bench");
        stores = openStores(stateDir);
        seen = StoryStores.duplicates(stores::get, StorySettings.DEFAULT);
        stories = StoryStores.stories(stores::get, StorySettings.DEFAULT);
    }

    /** The step's stores as in production, in {@code stateDir}, without changelog and record cache. */
    static Map<String, StateStore> openStores(Path stateDir) {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        Map<String, StateStore> stores = new HashMap<>();
        for (StoreBuilder<?> builder : StoryStores.builders()) {
            StateStore store = builder.withLoggingDisabled().withCachingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            stores.put(store.name(), store);
        }
        return stores;
    }

    @TearDown(Level.Iteration)
    public void closeStores() throws IOException {
        stores.values().forEach(StateStore::close);
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Fingerprint, look up and remember every article once, into empty stores: milliseconds per shot. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3)
    @Measurement(iterations = 7)
    public int placeAllArticles() {
        Instant at = PLACED_FROM;
        int copies = 0;
        for (EnrichedArticle article : enriched) {
            at = at.plusSeconds(1);
            copies += step.apply(article, at, seen, stories).duplicateOf() == null ? 0 : 1;
        }
        return copies;
    }

    /**
     * The time each part took in one iteration of {@link #enrichAndPlaceOneArticle}, in microseconds: enrichment,
     * the whole story step, and the step's two parts, (a) fingerprint, near-duplicate lookup and filing (issue 16's
     * target) and (b) story clustering, as the step itself clocks them.
     */
    @AuxCounters(AuxCounters.Type.EVENTS)
    @State(Scope.Thread)
    public static class PartTimes {
        public long enrichMicros;
        public long storyMicros;
        public long duplicatePartMicros;
        public long clusterPartMicros;

        @Setup(Level.Iteration)
        public void reset() {
            enrichMicros = 0;
            storyMicros = 0;
            duplicatePartMicros = 0;
            clusterPartMicros = 0;
        }
    }

    /**
     * Enrich one article (the whole enrichment as deployed) and place it with the story step, each part timed: the
     * score is microseconds per article for both, {@code storyMicros / enrichMicros} is the step's share. Timing
     * the two parts of each article back to back keeps the share steady on a shared machine, where a load that
     * comes and goes would skew two benchmarks run minutes apart. After the last article the stores start empty
     * again (outside the part timings), so no article is ever placed twice into the same stores.
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 10)
    public EnrichedArticle enrichAndPlaceOneArticle(PartTimes times) throws IOException {
        if (next == raw.size()) {
            closeStores();
            openEmptyStores();
            next = 0;
        }
        RawArticle article = raw.get(next++);
        long start = System.nanoTime();
        EnrichedArticle enrichedArticle = enricher.enrich(article);
        long enriched = System.nanoTime();
        long duplicatesBefore = step.duplicateNanos();
        long clusteringBefore = step.storyNanos();
        EnrichedArticle placed = step.apply(enrichedArticle, PLACED_FROM.plusSeconds(next), seen, stories);
        long done = System.nanoTime();
        times.enrichMicros += (enriched - start) / 1_000;
        times.storyMicros += (done - enriched) / 1_000;
        times.duplicatePartMicros += (step.duplicateNanos() - duplicatesBefore) / 1_000;
        times.clusterPartMicros += (step.storyNanos() - clusteringBefore) / 1_000;
        return placed;
    }
}
