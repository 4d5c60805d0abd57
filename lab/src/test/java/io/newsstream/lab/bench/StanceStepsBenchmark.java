package io.newsstream.lab.bench;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import io.newsstream.enrich.portrayal.EntityPortrayal;
import io.newsstream.enrich.stance.StanceDetector;
import io.newsstream.enrich.text.AnalysedText;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The two stance steps alone, per quote-heavy {@code wire} article of {@link EnrichmentBenchmark}: {@code
 * step=stance} is the topic stance with its speakers ({@link StanceDetector}), {@code step=portrayal} the entity
 * stances ({@link EntityPortrayal}). Each gets what the enricher hands it: the headline, the body already split into
 * sentences, and the body's entities (found beforehand by the enricher without its stance steps), so the score is the
 * steps' own cost, without the sentence split they share with the tagger.
 *
 * <p>Run as {@link EnrichmentBenchmark} says, with {@code StanceStepsBenchmark -prof gc}; {@code
 * gc.alloc.rate.norm} is then the allocation per article.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class StanceStepsBenchmark {

    @Param({"stance", "portrayal"})
    public String step;

    /** What the enricher hands the stance steps for one article. */
    record StanceInput(String title, AnalysedText body, List<Entity> entities) {
    }

    private final StanceDetector detector = StanceDetector.bundled();
    private final EntityPortrayal portrayal = EntityPortrayal.bundled();
    private List<StanceInput> articles;
    private int next;

    @Setup
    public void setUp() {
        articles = wireInputs();
    }

    /** The wire articles as the stance steps see them, the same on every run. */
    static List<StanceInput> wireInputs() {
        Enricher withoutStance = Enricher.builder().clock(Clock.systemUTC()).withoutStance().build();
        List<StanceInput> inputs = new ArrayList<>();
        for (RawArticle raw : EnrichmentBenchmark.wireArticles()) {
            EnrichedArticle enriched = withoutStance.enrich(raw);
            inputs.add(new StanceInput(enriched.title(), AnalysedText.of(enriched.body()), enriched.entities()));
        }
        return inputs;
    }

    /** One article through one step per call: the score is microseconds per article. */
    @Benchmark
    public Object oneArticle() {
        StanceInput article = articles.get(next);
        next = (next + 1) % articles.size();
        return step.equals("stance") ? detector.detect(article.title(), article.body(), article.entities())
                : portrayal.portray(article.body().text(), article.entities());
    }
}
