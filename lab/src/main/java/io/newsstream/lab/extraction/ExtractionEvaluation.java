package io.newsstream.lab.extraction;

import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.enrich.extract.ExtractedPage;
import io.newsstream.enrich.extract.PageExtractor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Runs {@link PageExtractor} over an extraction data set and scores what it finds against the truth, with the
 * benchmark's own body metric ({@link ShingleF1}).
 */
public final class ExtractionEvaluation {

    private ExtractionEvaluation() {
    }

    /** How one page came out. */
    public record PageResult(ExtractionPage page, ExtractedPage extracted, ShingleF1.PageScore body) {
    }

    /** The scores over a data set and each page's result, in the data set's order. */
    public record Report(ShingleF1 body, List<String> fieldLines, List<PageResult> pages) {

        /** One line per figure, as the commands print them: the body, then each field the data set gives. */
        public List<String> lines() {
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "body F1 %.3f (P %.3f, R %.3f, exact %.2f) over %d pages",
                    body.f1(), body.precision(), body.recall(), body.accuracy(), body.pages()));
            lines.addAll(fieldLines);
            return lines;
        }

        /** The {@code count} pages whose body scored lowest, worst first. */
        public List<PageResult> worst(int count) {
            return pages.stream()
                    .sorted(Comparator.comparingDouble((PageResult result) -> result.body().f1())
                            .thenComparing(result -> result.page().name()))
                    .limit(count)
                    .toList();
        }

        /** A line for a page in a list of the worst ones. */
        public static String describe(PageResult result) {
            ShingleF1.PageScore score = result.body();
            return String.format(Locale.ROOT, "%.3f (P %.3f, R %.3f) %s %s %s%s", score.f1(), score.precision(),
                    score.recall(), result.page().name(), result.page().url(), result.extracted().outcome(),
                    result.extracted().reason() == null ? "" : " (" + result.extracted().reason() + ")");
        }
    }

    /** Reads the data set in {@code dir} and scores the extractor on every page. */
    public static Report run(PageExtractor extractor, Path dir) {
        List<ExtractionPage> pages = ExtractionDataset.read(dir);
        FieldTally fields = new FieldTally(MetadataEvaluation.truthOffsets(dir), LanguageEvaluation.labels());
        ShingleF1 body = new ShingleF1();
        List<PageResult> results = new ArrayList<>();
        for (ExtractionPage page : pages) {
            // Decoded as ingest decodes a page sent without a header charset.
            ExtractedPage extracted = extractor.extract(HtmlDecoder.decode(page.html(), null), page.url());
            results.add(new PageResult(page, extracted, body.add(page.body(), extracted.body())));
            fields.add(page, new FieldTally.Found(extracted.title(), extracted.authors(), extracted.publishedAt(),
                    extracted.publisher(), extracted.language() == null ? "" : extracted.language()));
        }
        return new Report(body, fields.lines(), List.copyOf(results));
    }

    /** {@code DIR [--worst N]}: prints the figures and, asked, the worst pages. */
    public static void main(String[] args) {
        if (args.length != 1 && !(args.length == 3 && args[1].equals("--worst"))) {
            System.err.println("usage: ExtractionEvaluation DIR [--worst N]");
            System.exit(2);
        }
        Report report = run(new PageExtractor(), Path.of(args[0]));
        report.lines().forEach(System.out::println);
        if (args.length == 3) {
            report.worst(Integer.parseInt(args[2])).forEach(result -> System.out.println(Report.describe(result)));
        }
    }
}
