package io.newsstream.lab.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the labelled English pages of news-pages: {@code entities.jsonl} joined to {@code truth.jsonl} by file. */
final class LabelledPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LabelledPages() {
    }

    static List<LabelledPage> read(Path dir) {
        Path truthFile = dir.resolve("truth.jsonl");
        Path entitiesFile = dir.resolve("entities.jsonl");
        if (!Files.isRegularFile(truthFile) || !Files.isRegularFile(entitiesFile)) {
            throw new IllegalArgumentException(dir + " holds no truth.jsonl and entities.jsonl (the news-pages layout)");
        }
        try {
            Map<String, JsonNode> truth = new HashMap<>();
            for (JsonNode page : lines(truthFile)) {
                truth.put(page.path("file").asText(), page);
            }
            List<LabelledPage> pages = new ArrayList<>();
            for (JsonNode labels : lines(entitiesFile)) {
                String file = labels.path("file").asText();
                JsonNode page = truth.get(file);
                if (page == null) {
                    throw new IllegalArgumentException(entitiesFile + " names " + file + ", which truth.jsonl lacks");
                }
                pages.add(new LabelledPage(file, page.path("url").asText(null), page.path("title").asText(null),
                        page.path("body").asText(""), names(labels, "persons"), names(labels, "orgs"),
                        names(labels, "locations"), names(labels, "cited")));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    private static List<GoldName> names(JsonNode labels, String field) {
        List<GoldName> names = new ArrayList<>();
        labels.path(field).forEach(label -> names.add(GoldName.parse(label.asText())));
        return names;
    }
}
