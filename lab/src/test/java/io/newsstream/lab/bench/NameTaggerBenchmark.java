package io.newsstream.lab.bench;

import io.newsstream.enrich.entities.NameTagger;
import io.newsstream.enrich.entities.TaggedSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The name tagger alone (sentence split, tokens, features, Viterbi) over the development set's articles lengthened
 * to 3-5 KB, as in {@link EnrichmentBenchmark}; run the same way with {@code NameTaggerBenchmark -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class NameTaggerBenchmark {

    private NameTagger tagger;
    private List<String> articles;
    private int next;

    @Setup
    public void setUp() throws IOException {
        tagger = NameTagger.bundled();
        articles = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                NameTaggerBenchmark.class.getResourceAsStream("/devset/articles.jsonl"), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                String text = io.newsstream.core.json.Json.mapper().readTree(line).path("text").asText();
                articles.add(EnrichmentBenchmark.lengthened(text));
            }
        }
    }

    /** One article tagged per call: the score is articles per second on one core. */
    @Benchmark
    public List<TaggedSpan> tagOneArticle() {
        String article = articles.get(next);
        next = (next + 1) % articles.size();
        return tagger.tagText(article);
    }
}
