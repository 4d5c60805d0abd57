package io.newsstream.lab.extraction;

import io.newsstream.enrich.language.LanguageDetector;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import opennlp.tools.langdetect.LanguageDetectorME;

/**
 * Prints what the language detector costs a service before its first article: the time to load it and detect once,
 * the heap it keeps, and the size of the jars it brings. Run it in a fresh JVM, or the model may already be loaded:
 * {@code java -cp ... io.newsstream.lab.extraction.LanguageDetectorFootprint}.
 */
public final class LanguageDetectorFootprint {

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
        // Uses the detector after the measurement, so it stayed reachable while the heap was measured.
        System.out.println("then: " + detector.detect("Der Rat sagte, dass die Brücke im Frühling wieder öffnet."));
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
