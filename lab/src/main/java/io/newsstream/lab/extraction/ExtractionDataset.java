package io.newsstream.lab.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Reads either layout of the shared extraction data: the article-extraction benchmark ({@code ground-truth.json} and
 * {@code html/KEY.html.gz}) or the news pages ({@code truth.jsonl}, {@code pages/} and {@code text/}).
 */
public final class ExtractionDataset {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** news-pages writes dates as Python prints them: "2024-05-03 15:47:42.389000+00:00". */
    private static final DateTimeFormatter PYTHON_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSS]xxx");

    private ExtractionDataset() {
    }

    /** Every page of the data set in {@code dir}, in the order of its truth file. */
    public static List<ExtractionPage> read(Path dir) {
        try {
            if (Files.isRegularFile(dir.resolve("ground-truth.json"))) {
                return readBenchmark(dir);
            }
            if (Files.isRegularFile(dir.resolve("truth.jsonl"))) {
                return readNewsPages(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the data set in " + dir, e);
        }
        throw new IllegalArgumentException(dir + " holds neither ground-truth.json (article-extraction) nor truth.jsonl "
                + "(news-pages)");
    }

    private static List<ExtractionPage> readBenchmark(Path dir) throws IOException {
        JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
        List<ExtractionPage> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> page = it.next();
            String name = "html/" + page.getKey() + ".html.gz";
            pages.add(new ExtractionPage(name, text(page.getValue(), "url"), gunzip(dir.resolve(name)), null,
                    null, null, null, null, text(page.getValue(), "articleBody")));
        }
        return pages;
    }

    private static List<ExtractionPage> readNewsPages(Path dir) throws IOException {
        List<ExtractionPage> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode page = JSON.readTree(line);
            String file = text(page, "file");
            Path textFile = dir.resolve("text").resolve(file.replaceAll("\\.html\\.gz$", ".txt"));
            String scraped = Files.isRegularFile(textFile) ? Files.readString(textFile, StandardCharsets.UTF_8) : null;
            List<String> authors = new ArrayList<>();
            page.path("authors").forEach(author -> authors.add(author.asText()));
            pages.add(new ExtractionPage(file, text(page, "url"), gunzip(dir.resolve("pages").resolve(file)), scraped,
                    text(page, "title"), authors, instant(text(page, "publishedAt")), text(page, "publisher"),
                    text(page, "body")));
        }
        return pages;
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value, PYTHON_OFFSET).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException notOffset) {
                return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
