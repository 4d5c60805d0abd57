package io.newsstream.lab.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.enrich.extract.PageMetadata;
import io.newsstream.enrich.extract.PageMetadataReader;
import io.newsstream.lab.SharedDatasets;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Scores a metadata reader on a data set that gives title, authors, date and publisher (news-pages) with the rules of
 * {@link FieldScores}: each page is decoded with {@link HtmlDecoder} (no header charset), parsed by jsoup with its
 * URL, read, and compared field by field. A field the truth leaves empty is not scored for that page.
 *
 * <p>Run: {@code java -cp ... io.newsstream.lab.extraction.MetadataEvaluation [--data DIR] [--baseline] [--misses]}.
 */
public final class MetadataEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The offset at the end of the truth's date ("+02:00"); the same-day rule reads both dates in it. */
    private static final Pattern TRUTH_OFFSET = Pattern.compile("([+-]\\d{2}:\\d{2}|Z)$");

    /** One figure's misses: the page, what the truth says and what was found. */
    public record Miss(String field, String page, String expected, String found) {
    }

    /** The four figures over the pages that give each field, with every miss. */
    public record Report(int titlePages, int titleCorrect, FieldScores.AuthorCounts authors, int authorPages,
            int datePages, int dateCorrect, int publisherPages, int publisherCorrect, List<Miss> misses) {

        public double title() {
            return titlePages == 0 ? 0 : (double) titleCorrect / titlePages;
        }

        public double date() {
            return datePages == 0 ? 0 : (double) dateCorrect / datePages;
        }

        public double publisher() {
            return publisherPages == 0 ? 0 : (double) publisherCorrect / publisherPages;
        }

        /** One line per figure, as the closing note quotes them. */
        public List<String> lines() {
            return List.of(
                    String.format(Locale.ROOT, "title %.3f over %d pages", title(), titlePages),
                    String.format(Locale.ROOT, "authors F1 %.3f (P %.3f, R %.3f) over %d pages", authors.f1(),
                            authors.precision(), authors.recall(), authorPages),
                    String.format(Locale.ROOT, "date %.3f over %d pages", date(), datePages),
                    String.format(Locale.ROOT, "publisher %.3f over %d pages", publisher(), publisherPages));
        }
    }

    private MetadataEvaluation() {
    }

    /** Scores {@code reader} on every page of the data set in {@code dir}. */
    public static Report evaluate(Path dir, BiFunction<Document, String, PageMetadata> reader) {
        FieldTally tally = new FieldTally(truthOffsets(dir), Map.of());
        for (ExtractionPage page : ExtractionDataset.read(dir)) {
            Document document = Jsoup.parse(HtmlDecoder.decode(page.html(), null), page.url());
            PageMetadata found = reader.apply(document, page.url());
            tally.add(page, new FieldTally.Found(found.title(), found.authors(), found.publishedAt(), found.publisher(),
                    null));
        }
        return tally.report();
    }

    /** The UTC offset each truth date is written in, by page; pages whose date has none are absent (read as UTC). */
    static Map<String, ZoneOffset> truthOffsets(Path dir) {
        Map<String, ZoneOffset> offsets = new HashMap<>();
        Path truth = dir.resolve("truth.jsonl");
        if (!Files.isRegularFile(truth)) {
            return offsets;
        }
        try {
            for (String line : Files.readAllLines(truth, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode page = JSON.readTree(line);
                Matcher offset = TRUTH_OFFSET.matcher(page.path("publishedAt").asText(""));
                if (offset.find()) {
                    offsets.put(page.path("file").asText(), ZoneOffset.of(offset.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + truth, e);
        }
        return offsets;
    }

    /** Prints the figures of the reader (or, with {@code --baseline}, of the naive one) and, on demand, the misses. */
    public static void main(String[] args) {
        Path dir = null;
        boolean baseline = false;
        boolean listMisses = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> dir = Path.of(args[++i]);
                case "--baseline" -> baseline = true;
                case "--misses" -> listMisses = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + "; usage: MetadataEvaluation [--data DIR] [--baseline] [--misses]");
            }
        }
        if (dir == null) {
            dir = SharedDatasets.find("news-pages").orElseThrow(() -> new IllegalStateException(SharedDatasets.ABSENT));
        }
        BiFunction<Document, String, PageMetadata> reader = baseline
                ? new NaiveMetadataReader()::read
                : new PageMetadataReader()::read;
        print(evaluate(dir, reader), listMisses, System.out);
    }

    static void print(Report report, boolean listMisses, PrintStream out) {
        if (listMisses) {
            for (Miss miss : report.misses()) {
                out.printf("miss %s %s%n  expected: %s%n  found:    %s%n", miss.field(), miss.page(),
                        miss.expected(), miss.found());
            }
        }
        report.lines().forEach(out::println);
    }
}
