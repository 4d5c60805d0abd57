package io.newsstream.lab.bench;

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
import io.newsstream.enrich.story.WindowedRecentIndex;
import io.newsstream.lab.duplicates.ArticleGenerator;
import io.newsstream.lab.duplicates.EventTemplates;
import io.newsstream.lab.duplicates.GeneratedArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.WindowStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The story step (fingerprint, LSH lookup, story clustering) against its real RocksDB window stores, next to the
 * enrichment of the same articles (with stance, as deployed): the step's cost as a share of enrichment's. The
 * articles are the generated copies and write-ups of {@link ArticleGenerator}, 2,520 of them; each measured shot
 * places all of them, a second apart, into empty stores, so the stores grow through the shot as in a stream (the
 * score divided by 2,520 is the cost per article).
 *
 * <p>Run as the other benchmarks (see {@link LanguageDetectionBenchmark}): {@code ... org.openjdk.jmh.Main
 * StoryStepBenchmark}.
 */
@State(Scope.Thread)
@Fork(1)
@Threads(1)
public class StoryStepBenchmark {

    private static final int ROUNDS = 7;

    private Enricher enricher;
    private StoryStep step;
    private RecentIndex<SeenArticle> seen;
    private RecentIndex<StoryProfile> stories;
    private List<RawArticle> raw;
    private List<EnrichedArticle> enriched;
    private List<WindowStore<?, ?>> stores;
    private Path stateDir;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        enricher = Enricher.builder().clock(Clock.systemUTC()).build();
        step = new StoryStep(StorySettings.DEFAULT);
        ArticleGenerator generator = new ArticleGenerator(EventTemplates.bundled());
        List<GeneratedArticle> articles = new ArrayList<>();
        for (int i = 0; i < ROUNDS; i++) {
            articles.addAll(generator.copies(20));
            articles.addAll(generator.stories(20, 5));
        }
        raw = new ArrayList<>();
        enriched = new ArrayList<>();
        for (GeneratedArticle article : articles) {
            RawArticle input = new RawArticle(article.id(), article.url(), null, article.text(), null, null, null,
                    article.receivedAt(), Channel.HTTP, null);
            raw.add(input);
            enriched.add(enricher.enrich(input));
        }
    }

    @Setup(Level.Iteration)
    @SuppressWarnings("unchecked")
    public void openEmptyStores() throws IOException {
        StorySettings settings = StorySettings.DEFAULT;
        stateDir = Files.createTempDirectory("story-bench");
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "story-bench");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>(props, new TaskId(0, 0), stateDir.toFile());
        stores = new ArrayList<>();
        for (StoreBuilder<?> builder : StoryStores.builders(settings)) {
            WindowStore<?, ?> store = (WindowStore<?, ?>) builder.withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            stores.add(store);
        }
        seen = new WindowedRecentIndex<>((WindowStore<String, String>) stores.get(0),
                (WindowStore<String, SeenArticle>) stores.get(1), settings.duplicatesWindow());
        stories = new WindowedRecentIndex<>((WindowStore<String, String>) stores.get(2),
                (WindowStore<String, StoryProfile>) stores.get(3), settings.storiesWindow());
    }

    @TearDown(Level.Iteration)
    public void closeStores() throws IOException {
        stores.forEach(WindowStore::close);
        try (var files = Files.walk(stateDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** Fingerprint, look up and remember every article once, into empty stores: milliseconds per 2,520 articles. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2)
    @Measurement(iterations = 5)
    public int placeAllArticles() {
        Instant at = Instant.parse("2031-03-01T00:00:00Z");
        int copies = 0;
        for (EnrichedArticle article : enriched) {
            at = at.plusSeconds(1);
            copies += step.apply(article, at, seen, stories).duplicateOf() == null ? 0 : 1;
        }
        return copies;
    }

    /** Enrich one of the same articles (the whole enrichment as deployed): microseconds per article. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 3)
    @Measurement(iterations = 3, time = 5)
    public EnrichedArticle enrichOneArticle() {
        RawArticle article = raw.get(next);
        next = (next + 1) % raw.size();
        return enricher.enrich(article);
    }
}
