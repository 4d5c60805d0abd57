package io.newsstream.lab.bench;

import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.lab.SharedDatasets;
import io.newsstream.lab.extraction.ExtractionDataset;
import io.newsstream.lab.extraction.ExtractionPage;
import java.nio.file.Path;
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
 * Language detection of one ~4 KB article on one thread: the truth bodies of the news-pages data set (read from
 * {@code ../shared/datasets} at setup, never copied), each repeated to at least {@value #ARTICLE_CHARS} characters and
 * cut there, in 20 languages and several scripts.
 *
 * <p>Run (in one reactor build, so the classpath holds this worktree's enrich, not an installed one): {@code ./mvnw
 * -q -o -pl lab -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test}
 * then {@code java -cp lab/target/test-classes:lab/target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main
 * LanguageDetectionBenchmark -prof gc} (the {@code gc} profiler reports the allocation per article as
 * {@code gc.alloc.rate.norm}). Start-up time, heap and jar sizes: {@code LanguageDetectorFootprint}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class LanguageDetectionBenchmark {

    static final int ARTICLE_CHARS = 4_000;

    private LanguageDetector detector;
    private List<String> articles;
    private int next;

    @Setup
    public void setUp() {
        Path dir = SharedDatasets.find("news-pages").orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        detector = LanguageDetector.bundled();
        articles = new ArrayList<>();
        for (ExtractionPage page : ExtractionDataset.read(dir)) {
            if (page.body() != null && !page.body().isBlank()) {
                articles.add(ofLength(page.body()));
            }
        }
    }

    /** The body repeated until it has at least {@link #ARTICLE_CHARS} characters, cut there. */
    static String ofLength(String body) {
        StringBuilder article = new StringBuilder(body);
        while (article.length() < ARTICLE_CHARS) {
            article.append("\n\n").append(body);
        }
        return article.substring(0, ARTICLE_CHARS);
    }

    /** One article's language per call: the score is microseconds per article. */
    @Benchmark
    public String detectOneArticle() {
        String article = articles.get(next);
        next = (next + 1) % articles.size();
        return detector.detect(article);
    }
}
