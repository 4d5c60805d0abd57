package io.newsstream.lab.extraction;

import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.lab.SharedDatasets;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Prints what the language detector costs a service: the time to load it and detect once, the heap it keeps, the
 * size of the jars it brings and, where the shared news pages are present, the CPU time of one ~4 KB article (thread
 * CPU time, which other processes on a shared machine inflate far less than the wall-clock time JMH reports). Run it
 * in a fresh JVM, or the model may already be loaded:
 * {@code java -cp ... io.newsstream.lab.extraction.LanguageDetectorFootprint}.
 */
public final class LanguageDetectorFootprint {

    private static final int ARTICLE_CHARS = 4_000;
    private static final int PASSES = 5;

    private LanguageDetectorFootprint() {
    }

    public static void main(String[] args) throws Exception {
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        LanguageDetector detector = LanguageDetector.bundled();
        String language = detector.detect("The council said that the bridge over the river would reopen in the spring.");
        long startUpMillis = (System.nanoTime() - start) / 1_000_000;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "start-up %d ms (load and first detection: %s)%n", startUpMillis, language);
        System.out.printf(Locale.ROOT, "heap kept %.1f MB%n", (heapAfter - heapBefore) / 1e6);
        printJar("detector library", LanguageDetectorME.class.getProtectionDomain().getCodeSource().getLocation());
        printJar("model", LanguageDetector.class.getResource("/langdetect-183.bin"));
        // Uses the detector after the heap was measured, so it stayed reachable until then.
        Optional<Path> pages = SharedDatasets.find("news-pages");
        if (pages.isPresent()) {
            System.out.printf(Locale.ROOT, "CPU per ~4 KB article %.0f us%n", cpuMicrosPerArticle(detector, pages.get()));
        }
    }

    /** Thread CPU time per article over the news pages' bodies cut to 4,000 characters, after as many warm-up passes. */
    private static double cpuMicrosPerArticle(LanguageDetector detector, Path dir) {
        List<String> articles = new ArrayList<>();
        for (ExtractionPage page : ExtractionDataset.read(dir)) {
            StringBuilder article = new StringBuilder(page.body());
            while (article.length() < ARTICLE_CHARS) {
                article.append("\n\n").append(page.body());
            }
            articles.add(article.substring(0, ARTICLE_CHARS));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int pass = 0; pass < 2 * PASSES; pass++) {
            long start = threads.getCurrentThreadCpuTime();
            for (String article : articles) {
                detector.detect(article);
            }
            if (pass >= PASSES) {
                best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
            }
        }
        return best / 1e3 / articles.size();
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /** The jar at a location or holding a resource ({@code jar:file:/...jar!/name}). */
    private static void printJar(String what, URL location) throws Exception {
        String url = location.toString();
        String file = url.startsWith("jar:") ? url.substring("jar:".length(), url.indexOf("!/")) : url;
        Path jar = Path.of(new URI(file));
        System.out.printf(Locale.ROOT, "%s %.1f MB (%s)%n", what, Files.size(jar) / 1e6, jar.getFileName());
    }
}
