package io.newsstream.lab.bench;

import io.newsstream.lab.SharedDatasets;
import io.newsstream.lab.extraction.ExtractionDataset;
import io.newsstream.lab.extraction.ExtractionPage;
import io.newsstream.lab.extraction.ScrapedTextEvaluation;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * {@link ScrapedTextCleaningBenchmark}'s news-pages windows cleaned on one thread, counted per second of that thread's
 * CPU time rather than of the clock: on a machine whose cores other work shares, the JMH score mostly measures the
 * other work, this one much less. Prints the median and best of one-second rounds after three of warm-up.
 *
 * <p>Run (classpath as for the benchmark): {@code java -cp ... io.newsstream.lab.bench.ScrapedTextCleaningCpuTime
 * [ROUNDS]}.
 */
public final class ScrapedTextCleaningCpuTime {

    private static final int WARM_UP_ROUNDS = 3;
    private static final long ROUND_NANOS = 1_000_000_000L;

    private ScrapedTextCleaningCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 13;
        List<String> texts = new ArrayList<>();
        for (ExtractionPage page : ExtractionDataset.read(SharedDatasets.find("news-pages")
                .orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT)))) {
            if (page.scrapedText() != null && page.scrapedText().length() > ScrapedTextCleaningBenchmark.TEXT_CHARS) {
                texts.add(ScrapedTextCleaningBenchmark.windowAroundLongestLine(page.scrapedText()));
            }
        }
        ScrapedTextEvaluation cleaning = new ScrapedTextEvaluation();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Integer> perSecond = new ArrayList<>();
        int next = 0;
        long kept = 0;
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            int cleaned = 0;
            while (threads.getCurrentThreadCpuTime() - start < ROUND_NANOS) {
                kept += cleaning.clean(texts.get(next)).bodyLines().size();
                next = (next + 1) % texts.size();
                cleaned++;
            }
            if (round >= WARM_UP_ROUNDS) {
                perSecond.add(cleaned);
            }
        }
        Collections.sort(perSecond);
        System.out.printf("%d texts: median %d, best %d texts per CPU-second (%d lines kept)%n", texts.size(),
                perSecond.get(perSecond.size() / 2), perSecond.get(perSecond.size() - 1), kept);
    }
}
