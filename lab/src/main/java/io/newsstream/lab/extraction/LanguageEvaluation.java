package io.newsstream.lab.extraction;

import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.enrich.language.LanguageDetector;
import io.newsstream.lab.SharedDatasets;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores language detection on the news-pages data set against our own labels ({@code news-pages-languages.tsv}):
 * on the truth bodies, on the scraped texts, and for the HTML path on each page's {@code <html lang>} alone and
 * confirmed against its body, printing {@code language 0.xxx over N pages} for each.
 *
 * <p>Run: {@code java -cp ... io.newsstream.lab.extraction.LanguageEvaluation [--data DIR] [--misses]}; with
 * {@code --misses} every miss is printed under the language it should have been.
 */
public final class LanguageEvaluation {

    /** The labels, a versioned file of this module: the data set itself names no language. */
    static final String LABELS = "news-pages-languages.tsv";

    private LanguageEvaluation() {
    }

    /** How many pages got the labelled language, and the misses by the language they should have had. */
    public record Score(int right, int pages, Map<String, List<String>> misses) {
        public double accuracy() {
            return pages == 0 ? 0 : (double) right / pages;
        }

        public String line(String what) {
            return String.format(java.util.Locale.ROOT, "language %.3f over %d pages (%s)", accuracy(), pages, what);
        }
    }

    public static void main(String[] args) {
        Path data = null;
        boolean misses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--misses" -> misses = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; usage: LanguageEvaluation [--data DIR] [--misses]");
            }
        }
        Path dir = data != null ? data : SharedDatasets.find("news-pages")
                .orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        List<ExtractionPage> pages = ExtractionDataset.read(dir);
        Map<String, String> labels = labels();
        Function<String, String> detector = LanguageDetector.bundled()::detect;
        Score bodies = score(pages, labels, ExtractionPage::body, detector);
        Score scraped = score(pages, labels, ExtractionPage::scrapedText, detector);
        Score declared = score(pages, labels, LanguageEvaluation::declaredAndBody, LanguageEvaluation::primary);
        Score confirmed = score(pages, labels, LanguageEvaluation::declaredAndBody, LanguageEvaluation::confirmedPrimary);
        System.out.println(bodies.line("truth bodies"));
        System.out.println(scraped.line("scraped texts"));
        System.out.println(declared.line("the page's <html lang> alone"));
        System.out.println(confirmed.line("<html lang> confirmed against the truth body"));
        if (misses) {
            printMisses("truth bodies", bodies);
            printMisses("scraped texts", scraped);
            printMisses("<html lang> alone", declared);
            printMisses("<html lang> confirmed", confirmed);
        }
    }

    /**
     * Detects the language of each page's text and compares it with the label; pages without that text (a page whose
     * article lives only in scripts has no scraped text) are left out.
     */
    public static Score score(List<ExtractionPage> pages, Map<String, String> labels,
                              Function<ExtractionPage, String> text, Function<String, String> detector) {
        int right = 0;
        int scored = 0;
        Map<String, List<String>> misses = new TreeMap<>();
        for (ExtractionPage page : pages) {
            String label = labels.get(page.name());
            if (label == null) {
                throw new IllegalStateException(page.name() + " has no label in " + LABELS);
            }
            String content = text.apply(page);
            if (content == null || content.isBlank()) {
                continue;
            }
            scored++;
            String detected = detector.apply(content);
            if (label.equals(detected)) {
                right++;
            } else {
                misses.computeIfAbsent(label, l -> new ArrayList<>()).add(page.name() + " -> " + detected);
            }
        }
        return new Score(right, scored, misses);
    }

    /** The page's declared language ({@code <html lang>}, empty when none), a line break, then its truth body. */
    static String declaredAndBody(ExtractionPage page) {
        Document document = Jsoup.parse(HtmlDecoder.decode(page.html(), null));
        return document.select("html").attr("lang").strip() + "\n" + page.body();
    }

    /** What {@link LanguageDetector#confirm} makes of a {@link #declaredAndBody}, as a primary subtag. */
    static String confirmedPrimary(String declaredAndBody) {
        int lineBreak = declaredAndBody.indexOf('\n');
        return primary(LanguageDetector.bundled().confirm(declaredAndBody.substring(0, lineBreak),
                declaredAndBody.substring(lineBreak + 1)));
    }

    /** The primary subtag of a language tag, lower case ({@code en-US} gives {@code en}). */
    static String primary(String tag) {
        String line = tag.lines().findFirst().orElse("");
        int dash = line.replace('_', '-').indexOf('-');
        return (dash < 0 ? line : line.substring(0, dash)).toLowerCase(java.util.Locale.ROOT);
    }

    /** File to language, from {@link #LABELS}. */
    public static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                LanguageEvaluation.class.getResourceAsStream(LABELS), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank() || line.startsWith("file\t")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException(LABELS + ": not file<TAB>language: " + line);
                }
                labels.put(columns[0], columns[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    private static void printMisses(String what, Score score) {
        score.misses().forEach((language, pages) -> {
            System.out.println("missed " + language + " in " + what + ": " + pages.size());
            pages.forEach(page -> System.out.println("  " + page));
        });
    }
}
