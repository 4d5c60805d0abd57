package io.newsstream.lab.bench;

import io.newsstream.enrich.clean.TitleExtractor;
import io.newsstream.lab.SharedDatasets;
import io.newsstream.lab.extraction.ExtractionDataset;
import io.newsstream.lab.extraction.ExtractionPage;
import io.newsstream.lab.extraction.ScrapedTextEvaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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
 * enrich's plain-text cleaning (sanitise, boilerplate and main text, title) of one scraped text of about 4 KB, on one
 * thread. {@code source=news-pages} cuts a 4 KB window around the article out of each of the news pages' scraped
 * texts (read from {@code ../shared/datasets}, never copied; a built page stands in when it is absent);
 * {@code source=built} is a page of menus, headline, byline, paragraphs and related links made up here.
 *
 * <p>Run: {@code ./mvnw -B -q -o -pl lab -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * -Dmdep.includeScope=test} (one invocation, so the modules' class folders are on the path) then {@code java -cp
 * lab/target/test-classes:lab/target/classes:$(cat /tmp/cp.txt) org.openjdk.jmh.Main ScrapedTextCleaningBenchmark}.
 * Measured for issue 12, before its speed work, on a quiet machine: 3,500 texts/s (news-pages) and 8,000/s (built) on
 * one core. After it (the output unchanged: {@code CleaningDigestTest}) the 2-core machine was shared with two other
 * builds (load 5 to 8) and this benchmark's clock scores swung more than their own size (news-pages 1,700 before and
 * 1,900 after, back to back); per CPU-second of the cleaning thread ({@link ScrapedTextCleaningCpuTime}, same
 * windows, same runs) the news-pages windows went from 3,130-3,230 to 4,500-4,520 texts/s (+42%). Back to back on
 * the quiet machine afterwards, this benchmark: 3,096 ± 152 before, 4,320 ± 257 after (news-pages). A later round
 * (rules only on lines up to 500 characters, two rules rewritten; decision 0010), back to back on a quiet machine:
 * 4,713-4,836 before, 5,414-5,508 after.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ScrapedTextCleaningBenchmark {

    static final int TEXT_CHARS = 4_096;

    @Param({"news-pages", "built"})
    public String source;

    private final ScrapedTextEvaluation cleaning = new ScrapedTextEvaluation();
    private List<String> texts;
    private int next;

    @Setup
    public void setUp() {
        texts = new ArrayList<>();
        if (source.equals("news-pages")) {
            SharedDatasets.find("news-pages").ifPresent(dir -> {
                for (ExtractionPage page : ExtractionDataset.read(dir)) {
                    if (page.scrapedText() != null && page.scrapedText().length() > TEXT_CHARS) {
                        texts.add(windowAroundLongestLine(page.scrapedText()));
                    }
                }
            });
        }
        if (texts.isEmpty()) {
            texts.add(builtPage(new Random(12)));
        }
    }

    /** One text cleaned per call: the score is texts per second on one core. */
    @Benchmark
    public TitleExtractor.Titled cleanOneText() {
        String text = texts.get(next);
        next = (next + 1) % texts.size();
        return cleaning.clean(text);
    }

    /** About 4 KB of whole lines, starting a quarter of that before the page's longest line (the article's heart). */
    static String windowAroundLongestLine(String text) {
        int longestStart = 0;
        int longest = -1;
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            if (end - start > longest) {
                longest = end - start;
                longestStart = start;
            }
            start = end + 1;
        }
        int from = Math.max(0, Math.min(longestStart - TEXT_CHARS / 4, text.length() - TEXT_CHARS));
        from = from == 0 ? 0 : text.indexOf('\n', from) + 1;
        int to = Math.min(text.length(), from + TEXT_CHARS);
        return text.substring(from, to);
    }

    /** A scraped page of about 4 KB: menu, breadcrumb, headline, byline, six paragraphs, related links and footer. */
    static String builtPage(Random random) {
        String[] words = {"port", "pilots", "said", "the", "union", "night", "crews", "tanker", "authority", "would",
                "talks", "mediator", "regional", "government", "on", "Tuesday", "shipping", "queue", "agents", "lines"};
        StringBuilder page = new StringBuilder();
        for (String item : List.of("Skip to content", "Home", "World", "Business", "Sport", "Culture", "Sign in")) {
            page.append(item).append("\n\n");
        }
        page.append("News | World | Ports\n\nHarbour Pilots Strike Over Night Shifts\n\nBy Ada Lindqvist\n\n"
                + "Posted at 1:06 PM\n\nShare on Facebook\n\n");
        for (int paragraph = 0; paragraph < 6; paragraph++) {
            for (int sentence = 0; sentence < 4; sentence++) {
                StringBuilder text = new StringBuilder("The");
                for (int word = 0; word < 14; word++) {
                    text.append(' ').append(words[random.nextInt(words.length)]);
                }
                page.append(text).append(". ");
            }
            page.append("\n\n");
        }
        page.append("Related Articles\n\nTanker queue grows as talks stall\n\nFerry operators warn of delays\n\n"
                + "Most popular\n\nFive things to know about the port budget\n\nAdvertisement\n\n"
                + "© 2026 Example Media. All rights reserved.\n");
        return page.toString();
    }
}
