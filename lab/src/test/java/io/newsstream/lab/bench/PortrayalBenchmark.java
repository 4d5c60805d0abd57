package io.newsstream.lab.bench;

import io.newsstream.core.article.Polarity;
import io.newsstream.enrich.portrayal.PortrayalClassifier;
import io.newsstream.enrich.portrayal.PortrayalScore;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The portrayal (entity-stance) classifier alone on one news-length sentence (about 30 words): the cost of one mention. Run as
 * {@link EnrichmentBenchmark} says, with {@code PortrayalBenchmark} as the pattern.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class PortrayalBenchmark {

    private static final String SENTENCE = "The committee's chair, Helena Varga, said on Tuesday that the new budget "
            + "would not repair the damage done by years of neglect, and she blamed the previous government for it.";

    private final PortrayalClassifier classifier = PortrayalClassifier.bundled();

    @Benchmark
    public PortrayalScore classifyOneMention() {
        return classifier.classify(SENTENCE, 23, 35);
    }

    public static void main(String[] args) {
        // A quick look without JMH: which label the benchmark's sentence gets.
        Polarity label = new PortrayalBenchmark().classifyOneMention().label();
        System.out.println(label);
    }
}
