package io.newsstream.lab.extraction;

import io.newsstream.enrich.clean.BoilerplateRemover;
import io.newsstream.enrich.clean.TextSanitizer;
import io.newsstream.enrich.clean.TitleExtractor;
import io.newsstream.lab.SharedDatasets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scores enrich's plain-text cleaning on the news pages' scraped texts: each text goes through the path enrich runs
 * on a text article with no title given, and its body and title are compared with the truth.
 *
 * <p>Run: {@code java -cp lab/target/classes:... io.newsstream.lab.extraction.ScrapedTextEvaluation [--data DIR]
 * [--worst N]}, or {@code ./mvnw -B -q -pl lab -am test -Dtest=ScrapedTextEvaluationTest
 * -Dsurefire.failIfNoSpecifiedTests=false}, which prints the same lines.
 */
public final class ScrapedTextEvaluation {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final TextSanitizer sanitizer = new TextSanitizer();
    private final BoilerplateRemover boilerplate = BoilerplateRemover.bundled();
    private final TitleExtractor titles = new TitleExtractor();

    /** One page's cleaned text against its truth. */
    public record PageResult(String name, ShingleF1.PageScore body, boolean titleRight, String truthTitle,
                             String foundTitle) {
    }

    /** The figures over every page with a scraped text, and the pages themselves for listing the worst. */
    public record Result(double bodyF1, double bodyPrecision, double bodyRecall, double titleAccuracy,
                         List<PageResult> pages) {

        public List<String> summary() {
            return List.of(
                    String.format(Locale.ROOT, "scraped-text body F1 %.3f (P %.3f, R %.3f) over %d pages",
                            bodyF1, bodyPrecision, bodyRecall, pages.size()),
                    String.format(Locale.ROOT, "scraped-text title %.3f over %d pages", titleAccuracy, pages.size()));
        }

        /** The {@code count} pages with the lowest body F1, then those whose title is wrong. */
        public List<String> worst(int count) {
            List<String> lines = new ArrayList<>();
            pages.stream().sorted(Comparator.comparingDouble(page -> page.body().f1())).limit(count)
                    .forEach(page -> lines.add(String.format(Locale.ROOT, "body %.3f (P %.3f, R %.3f) %s",
                            page.body().f1(), page.body().precision(), page.body().recall(), page.name())));
            pages.stream().filter(page -> !page.titleRight()).limit(count)
                    .forEach(page -> lines.add("title " + page.name() + ": expected [" + page.truthTitle()
                            + "] found [" + page.foundTitle() + "]"));
            return lines;
        }
    }

    /** The cleaned body and title of one scraped text, exactly as enrich cleans a text article with no title. */
    public TitleExtractor.Titled clean(String text) {
        String sanitized = sanitizer.sanitize(text);
        List<String> lines = boilerplate.clean(sanitized.lines().toList());
        return titles.extract(null, lines);
    }

    public Result evaluate(List<ExtractionPage> pages) {
        ShingleF1 bodies = new ShingleF1();
        int titlesRight = 0;
        List<PageResult> results = new ArrayList<>();
        for (ExtractionPage page : pages) {
            if (page.scrapedText() == null || page.scrapedText().isBlank()) {
                continue;
            }
            TitleExtractor.Titled cleaned = clean(page.scrapedText());
            String body = String.join(PARAGRAPH_SEPARATOR, cleaned.bodyLines());
            ShingleF1.PageScore score = bodies.add(page.body(), body);
            boolean titleRight = sameTitle(page.title(), cleaned.title());
            titlesRight += titleRight ? 1 : 0;
            results.add(new PageResult(page.name(), score, titleRight, page.title(), cleaned.title()));
        }
        double titleAccuracy = results.isEmpty() ? 0 : (double) titlesRight / results.size();
        return new Result(bodies.f1(), bodies.precision(), bodies.recall(), titleAccuracy, results);
    }

    /** Titles are the same when they read the same: NFKC, one spelling of quotes and dashes, spaces and case folded. */
    static boolean sameTitle(String truth, String found) {
        if (truth == null || truth.isBlank()) {
            return found == null || found.isBlank();
        }
        return found != null && comparable(truth).equals(comparable(found));
    }

    static String comparable(String title) {
        String text = Normalizer.normalize(title, Normalizer.Form.NFKC)
                .replaceAll("[\u2018\u2019\u201A\u201B\u2032`\u00B4]", "'")
                .replaceAll("[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]", "\"")
                .replaceAll("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]", "-");
        return SPACES.matcher(text).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    public static void main(String[] args) {
        Path data = null;
        int worst = 0;
        String show = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[++i]);
                case "--worst" -> worst = Integer.parseInt(args[++i]);
                case "--show" -> show = args[++i];
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (expected --data DIR, --worst N, --show PAGE)");
            }
        }
        Path dir = data != null ? data : SharedDatasets.find("news-pages").orElseThrow(
                () -> new IllegalStateException(SharedDatasets.ABSENT));
        List<ExtractionPage> pages = ExtractionDataset.read(dir);
        if (show != null) {
            // One page's cleaned title and body, to see what a figure is made of.
            for (ExtractionPage page : pages) {
                if (page.name().contains(show) && page.scrapedText() != null) {
                    TitleExtractor.Titled cleaned = new ScrapedTextEvaluation().clean(page.scrapedText());
                    System.out.println("TITLE " + cleaned.title());
                    cleaned.bodyLines().forEach(System.out::println);
                }
            }
            return;
        }
        Result result = new ScrapedTextEvaluation().evaluate(pages);
        result.summary().forEach(System.out::println);
        result.worst(worst).forEach(System.out::println);
    }
}
