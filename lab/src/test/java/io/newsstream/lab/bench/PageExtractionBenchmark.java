package io.newsstream.lab.bench;

import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.enrich.extract.ExtractedPage;
import io.newsstream.enrich.extract.PageExtractor;
import io.newsstream.lab.SharedDatasets;
import io.newsstream.lab.extraction.ExtractionDataset;
import io.newsstream.lab.extraction.ExtractionPage;
import java.util.Comparator;
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
 * {@link PageExtractor#extract} on one thread over typical pages: the ten pages of the article-extraction data set
 * whose HTML is nearest to 100 KB, read from the shared data at set-up (never copied into the repository).
 *
 * <p>Run: {@code ./mvnw -q -o -pl lab -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * -Dmdep.includeScope=test} (one invocation, so the modules' class folders are on the path) then, from the
 * repository root, {@code java -cp lab/target/test-classes:lab/target/classes:$(cat /tmp/cp.txt)
 * org.openjdk.jmh.Main PageExtractionBenchmark}. Measured for issue 12, metadata and language included: 304 pages/s
 * on one core (749/s for the body alone).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@Threads(1)
public class PageExtractionBenchmark {

    private static final int TYPICAL_BYTES = 100_000;

    private final PageExtractor extractor = new PageExtractor();
    private List<String> pages;
    private List<String> urls;
    private int next;

    @Setup
    public void setUp() {
        List<ExtractionPage> typical = ExtractionDataset.read(SharedDatasets.find("article-extraction")
                        .orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT)))
                .stream()
                .sorted(Comparator.comparingInt(page -> Math.abs(page.html().length - TYPICAL_BYTES)))
                .limit(10)
                .toList();
        pages = typical.stream().map(page -> HtmlDecoder.decode(page.html(), null)).toList();
        urls = typical.stream().map(ExtractionPage::url).toList();
    }

    /** One page extracted per call: the score is pages per second on one core. */
    @Benchmark
    public ExtractedPage extractOnePage() {
        int page = next;
        next = (next + 1) % pages.size();
        return extractor.extract(pages.get(page), urls.get(page));
    }
}
