package io.newsstream.lab.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsstream.core.article.Polarity;
import io.newsstream.core.article.StanceLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the reader's stance labels of real pages ({@code stance-labels.jsonl} beside this class; the format and the
 * rules followed are in docs/evaluation/stance-labelling.md). A malformed line fails the whole read with its number.
 */
public final class StanceLabels {

    public static final String BUNDLED = "stance-labels.jsonl";
    private static final String NONE = "NONE";
    private static final Set<String> WHY_NONE = Set.of("not-person-or-org", "related-link");
    private static final ObjectMapper JSON = new ObjectMapper();

    private StanceLabels() {
    }

    /** The labels committed with the lab. */
    public static List<LabelledStancePage> bundled() {
        InputStream in = StanceLabels.class.getResourceAsStream(BUNDLED);
        if (in == null) {
            throw new IllegalStateException(BUNDLED + " is missing from the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BUNDLED, e);
        }
    }

    /** Pages in the order they first appear. */
    public static List<LabelledStancePage> read(Reader source) throws IOException {
        Map<String, List<TopicLabel>> topics = new LinkedHashMap<>();
        Map<String, List<EntityLabel>> entities = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                String file = required(node, "file");
                topics.computeIfAbsent(file, key -> new ArrayList<>());
                entities.computeIfAbsent(file, key -> new ArrayList<>());
                if (node.has("target")) {
                    topics.get(file).add(topic(node, file));
                } else {
                    entities.get(file).add(entity(node, file));
                }
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("stance labels line " + number + ": " + e.getMessage(), e);
            }
        }
        List<LabelledStancePage> pages = new ArrayList<>();
        topics.forEach((file, pageTopics) -> pages.add(new LabelledStancePage(file, pageTopics, entities.get(file))));
        return pages;
    }

    private static TopicLabel topic(JsonNode node, String file) {
        String label = required(node, "label");
        Optional<StanceLabel> stance = label.equals(NONE) ? Optional.empty() : Optional.of(StanceLabel.valueOf(label));
        return new TopicLabel(file, required(node, "target"), stance, positions(node));
    }

    private static EntityLabel entity(JsonNode node, String file) {
        List<String> names = new ArrayList<>();
        names.add(required(node, "entity"));
        node.path("also").forEach(name -> names.add(name.asText()));
        String label = required(node, "label");
        String why = node.path("why").asText(null);
        if (label.equals(NONE) != (why != null) || (why != null && !WHY_NONE.contains(why))) {
            throw new IllegalArgumentException("a NONE label, and only one, says why: " + WHY_NONE);
        }
        Optional<Polarity> polarity = label.equals(NONE) ? Optional.empty() : Optional.of(Polarity.valueOf(label));
        return new EntityLabel(file, names, polarity, why, positions(node));
    }

    private static List<Integer> positions(JsonNode node) {
        List<Integer> positions = new ArrayList<>();
        node.path("sentences").forEach(position -> positions.add(position.asInt()));
        return positions;
    }

    private static String required(JsonNode node, String field) {
        String value = node.path(field).asText("");
        if (value.isBlank()) {
            throw new IllegalArgumentException("no " + field);
        }
        return value;
    }
}
