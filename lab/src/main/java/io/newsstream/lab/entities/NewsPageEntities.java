package io.newsstream.lab.entities;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The English pages of {@code news-pages} with the entities a careful reader listed ({@code entities.jsonl}) and the
 * page's clean body ({@code truth.jsonl}).
 *
 * @param expected per type, the entities; each a list of acceptable spellings, {@code uncertain} when marked "?"
 */
public record NewsPageEntities(String file, String body, Map<EntityType, List<Expected>> expected) {

    /** One listed entity: its acceptable spellings, and whether the reader was unsure it belongs. */
    public record Expected(List<String> spellings, boolean uncertain) {
    }

    public static List<NewsPageEntities> read(Path newsPages) {
        try {
            Map<String, String> bodies = new HashMap<>();
            for (String line : Files.readAllLines(newsPages.resolve("truth.jsonl"), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode page = Json.mapper().readTree(line);
                    bodies.put(page.path("file").asText(), page.path("body").asText());
                }
            }
            List<NewsPageEntities> pages = new ArrayList<>();
            for (String line : Files.readAllLines(newsPages.resolve("entities.jsonl"), StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode page = Json.mapper().readTree(line);
                String file = page.path("file").asText();
                Map<EntityType, List<Expected>> expected = Map.of(
                        EntityType.PERSON, expected(page.path("persons")),
                        EntityType.ORG, expected(page.path("orgs")),
                        EntityType.LOCATION, expected(page.path("locations")));
                pages.add(new NewsPageEntities(file, bodies.getOrDefault(file, ""), expected));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(newsPages + ": " + e.getMessage(), e);
        }
    }

    private static List<Expected> expected(JsonNode names) {
        List<Expected> expected = new ArrayList<>();
        for (JsonNode name : names) {
            String text = name.asText().strip();
            boolean uncertain = text.endsWith("?");
            if (uncertain) {
                text = text.substring(0, text.length() - 1).strip();
            }
            expected.add(new Expected(List.of(text.split("\\|")), uncertain));
        }
        return expected;
    }
}
