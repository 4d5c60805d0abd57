package io.newsstream.lab.bench;

import io.newsstream.core.article.ArticleIds;
import io.newsstream.core.article.Channel;
import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * The whole enrichment step (clean, title, entities, outlet, stance, portrayal) on one thread, over 3-5 KB articles:
 * with {@code source=wire} the quote-heavy wire copy of {@link SyntheticArticles} (several named people per article,
 * introduced, quoted and attributed), with {@code source=devset} the articles of the development set, each lengthened
 * to at least 3 KB by repeating its body paragraphs. With {@code stances=false} the enricher has neither stance step (as with {@code enrich.stance.enabled=false}),
 * which shows what they cost.
 *
 * <p>Run (in one reactor build, so the classpath holds this worktree's enrich, not an installed one): {@code ./mvnw
 * -q -o -pl lab -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp lab/target/test-classes:lab/target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main
 * EnrichmentBenchmark -prof gc} (the {@code gc} profiler reports the allocation per article as
 * {@code gc.alloc.rate.norm}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class EnrichmentBenchmark {

    @Param({"true", "false"})
    public boolean stances;

    @Param({"wire", "devset"})
    public String source;

    private static final int WIRE_ARTICLES = 200;

    private Enricher enricher;
    private List<RawArticle> articles;
    private int next;

    @Setup
    public void setUp() throws IOException {
        enricher = stances ? Enricher.builder().clock(Clock.systemUTC()).build() : Enricher.builder().clock(Clock.systemUTC()).withoutStance().build();
        articles = new ArrayList<>();
        if (source.equals("wire")) {
            articles.addAll(wireArticles());
            return;
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                EnrichmentBenchmark.class.getResourceAsStream("/devset/articles.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String text = io.newsstream.core.json.Json.mapper().readTree(line).path("text").asText();
                articles.add(raw(lengthened(text)));
            }
        }
    }

    /** The quote-heavy generated articles, headline and text, the same on every run. */
    static List<RawArticle> wireArticles() {
        List<RawArticle> wire = new ArrayList<>();
        for (Map<String, String> article : SyntheticArticles.generate(WIRE_ARTICLES, 42, "jmh")) {
            wire.add(raw(article.get("title") + "\n\n" + article.get("text")));
        }
        return wire;
    }

    /** Keeps the headline and repeats the body until the text is at least 3,000 characters. */
    static String lengthened(String text) {
        int headlineEnd = text.indexOf('\n');
        String body = text.substring(headlineEnd + 1);
        StringBuilder result = new StringBuilder(text);
        while (result.length() < 3_000) {
            result.append('\n').append(body);
        }
        return result.toString();
    }

    private static RawArticle raw(String text) {
        return new RawArticle(ArticleIds.of(null, text), null, null, text, null, null, null, Instant.EPOCH,
                Channel.FILE, null);
    }

    /** One article enriched per call: the score is articles per second on one core. */
    @Benchmark
    public EnrichedArticle enrichOneArticle() {
        RawArticle article = articles.get(next);
        next = (next + 1) % articles.size();
        return enricher.enrich(article);
    }
}
