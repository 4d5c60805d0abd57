package io.newsstream.lab.bench;

import com.sun.management.ThreadMXBean;
import io.newsstream.enrich.portrayal.EntityPortrayal;
import io.newsstream.enrich.stance.StanceDetector;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.Consumer;

/**
 * What each stance step costs its thread per {@code wire} article, in CPU time and bytes allocated, as {@link
 * EnrichmentCost} measures the whole enrichment: figures that hold on a busy machine. Prints one line per round and
 * step; the first rounds include the JIT's warm-up.
 *
 * <p>Run with the classpath of {@link EnrichmentBenchmark}: {@code java -cp ... io.newsstream.lab.bench.StanceStepsCost
 * [ROUNDS]}; add {@code -XX:StartFlightRecording=filename=x.jfr,settings=profile} for a profile of the same work.
 */
public final class StanceStepsCost {

    private StanceStepsCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        StanceDetector detector = StanceDetector.bundled();
        EntityPortrayal portrayal = EntityPortrayal.bundled();
        List<StanceStepsBenchmark.StanceInput> articles = StanceStepsBenchmark.wireInputs();
        for (int round = 1; round <= rounds; round++) {
            measure(round, "stance", articles,
                    article -> detector.detect(article.title(), article.body(), article.entities()));
            measure(round, "portrayal", articles, article -> portrayal.portray(article.body().text(), article.entities()));
        }
    }

    private static void measure(int round, String step, List<StanceStepsBenchmark.StanceInput> articles,
                                Consumer<StanceStepsBenchmark.StanceInput> work) {
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long bytes = thread.getCurrentThreadAllocatedBytes();
        long cpu = thread.getCurrentThreadCpuTime();
        for (StanceStepsBenchmark.StanceInput article : articles) {
            work.accept(article);
        }
        bytes = thread.getCurrentThreadAllocatedBytes() - bytes;
        cpu = thread.getCurrentThreadCpuTime() - cpu;
        System.out.printf("round %d, %s: %,d bytes and %.3f ms CPU per article%n", round, step,
                bytes / articles.size(), cpu / 1e6 / articles.size());
    }
}
