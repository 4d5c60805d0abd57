package io.newsstream.lab.bench;

import com.sun.management.ThreadMXBean;
import io.newsstream.core.article.RawArticle;
import io.newsstream.enrich.Enricher;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.List;

/**
 * What one enrichment costs its thread, in bytes allocated and CPU time, over the quote-heavy {@code wire} articles of
 * {@link EnrichmentBenchmark}: the figures that hold on a busy machine, where articles/s do not (the thread's own
 * allocation counter and CPU clock ignore the other processes). Prints one line per round over its 200 articles; the first
 * rounds include the JIT's warm-up.
 *
 * <p>Run after {@code ./mvnw -q -o -pl lab -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * -Dmdep.includeScope=test}: {@code java -cp lab/target/test-classes:lab/target/classes:$(cat /tmp/cp.txt)
 * io.newsstream.lab.bench.EnrichmentCost [ROUNDS]}; add {@code -XX:StartFlightRecording=filename=x.jfr,settings=profile}
 * for a profile of the same work.
 */
public final class EnrichmentCost {

    private EnrichmentCost() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        ThreadMXBean thread = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        Enricher enricher = Enricher.builder().clock(Clock.systemUTC()).build();
        List<RawArticle> articles = EnrichmentBenchmark.wireArticles();
        for (int round = 1; round <= rounds; round++) {
            long bytes = thread.getCurrentThreadAllocatedBytes();
            long cpu = thread.getCurrentThreadCpuTime();
            for (RawArticle article : articles) {
                enricher.enrich(article);
            }
            bytes = thread.getCurrentThreadAllocatedBytes() - bytes;
            cpu = thread.getCurrentThreadCpuTime() - cpu;
            System.out.printf("round %d: %,d bytes and %.2f ms CPU per article%n", round, bytes / articles.size(),
                    cpu / 1e6 / articles.size());
        }
    }
}
