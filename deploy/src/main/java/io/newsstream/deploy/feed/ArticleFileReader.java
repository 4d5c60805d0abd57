package io.newsstream.deploy.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.core.json.Json;
import io.newsstream.core.text.HtmlDecoder;
import io.newsstream.ingest.CanonicalLink;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads the articles in one file: {@code .txt} (one article, first line the title), {@code .json} (one article, or
 * an array of them), {@code .ndjson}/{@code .jsonl} (one article per line), {@code .html}/{@code .htm} (one web page,
 * its URL from its canonical link when it has one), each optionally gzipped ({@code .gz}).
 */
public final class ArticleFileReader {

    private static final ObjectMapper MAPPER = Json.mapper();
    private static final List<String> EXTENSIONS = List.of(".txt", ".json", ".ndjson", ".jsonl", ".html", ".htm");

    private ArticleFileReader() {
    }

    /** Whether the file's name says it holds articles in a format this reader knows. */
    public static boolean supports(Path file) {
        String name = baseName(file);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static List<FeedItem> read(Path file) {
        if (!supports(file)) {
            return List.of(FeedItem.unreadable(file, 1,
                    "unsupported file type: expected .txt, .json, .ndjson, .jsonl, .html or .htm, optionally gzipped (.gz)", 0));
        }
        byte[] bytes;
        try {
            bytes = readBytes(file);
        } catch (IOException e) {
            return List.of(FeedItem.unreadable(file, 1, "cannot read file: " + e.getMessage(), 0));
        }
        String name = baseName(file);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return List.of(page(file, bytes));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (name.endsWith(".txt")) {
            return List.of(plainText(file, text));
        }
        if (name.endsWith(".json")) {
            return json(file, text);
        }
        return jsonLines(file, text);
    }

    private static byte[] readBytes(Path file) throws IOException {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }

    /** A page file: decoded by its byte order mark or meta charset (a file has no header), sent whole as html. */
    static FeedItem page(Path file, byte[] bytes) {
        String html = HtmlDecoder.decode(bytes, null);
        ObjectNode article = MAPPER.createObjectNode();
        CanonicalLink.find(html).ifPresent(url -> article.put("url", url));
        article.put("html", html);
        return FeedItem.article(file, 1, article, bytes.length);
    }

    static FeedItem plainText(Path file, String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        ObjectNode article = MAPPER.createObjectNode();
        if (newline < 0) {
            article.put("text", trimmed);
        } else {
            article.put("title", trimmed.substring(0, newline).strip());
            article.put("text", trimmed.substring(newline + 1).strip());
        }
        return FeedItem.article(file, 1, article, text.getBytes(StandardCharsets.UTF_8).length);
    }

    private static List<FeedItem> json(Path file, String text) {
        long size = text.getBytes(StandardCharsets.UTF_8).length;
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node instanceof ObjectNode object) {
                return List.of(FeedItem.article(file, 1, object, size));
            }
            if (node != null && node.isArray()) {
                List<FeedItem> items = new ArrayList<>();
                long each = node.isEmpty() ? 0 : size / node.size();
                for (int i = 0; i < node.size(); i++) {
                    JsonNode element = node.get(i);
                    // An array's elements have no line of their own; number them from 1 like lines.
                    items.add(element instanceof ObjectNode object
                            ? FeedItem.article(file, i + 1, object, each)
                            : FeedItem.unreadable(file, i + 1, "array element " + (i + 1) + " is not a JSON object", each));
                }
                return items;
            }
            return List.of(FeedItem.unreadable(file, 1, "expected a JSON object or an array of objects", size));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            return List.of(FeedItem.unreadable(file, line, notJson(e), size));
        }
    }

    private static List<FeedItem> jsonLines(Path file, String text) {
        List<FeedItem> items = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            long size = line.getBytes(StandardCharsets.UTF_8).length + 1L;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = MAPPER.readTree(line);
                items.add(node instanceof ObjectNode object
                        ? FeedItem.article(file, i + 1, object, size)
                        : FeedItem.unreadable(file, i + 1, "expected a JSON object", size));
            } catch (JsonProcessingException e) {
                items.add(FeedItem.unreadable(file, i + 1, notJson(e), size));
            }
        }
        return items;
    }

    private static String notJson(JsonProcessingException e) {
        String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        String message = e.getOriginalMessage() == null ? "" : ": " + e.getOriginalMessage().lines().findFirst().orElse("");
        return "not valid JSON" + column + message;
    }
}
