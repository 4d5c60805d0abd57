package io.newsstream.lab.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.json.Json;
import io.newsstream.enrich.entities.TaggedSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences labelled by another tagger (silver labels), one JSON object a line: {@code text} and {@code names}, each
 * {@code [type, start, end]} with a character range of the text, as {@link IobReader} gives gold sentences. The file
 * is made outside the repository (it holds the sentences) by the {@code silver-labels} profile's labeller.
 */
public final class SilverSentences {

    private static final ObjectMapper JSON = Json.mapper();

    private SilverSentences() {
    }

    /** Writes one sentence as one line. */
    public static void write(Writer out, LabelledSentence sentence) throws IOException {
        ObjectNode line = JSON.createObjectNode();
        line.put("text", sentence.text());
        ArrayNode names = line.putArray("names");
        for (TaggedSpan name : sentence.names()) {
            names.addArray().add(name.type().name()).add(name.start()).add(name.end());
        }
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
    }

    /** The sentences of the files, in order. */
    public static List<LabelledSentence> read(List<Path> files) {
        return files.stream().flatMap(file -> read(file).stream()).toList();
    }

    public static List<LabelledSentence> read(Path file) {
        List<LabelledSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (!line.isBlank()) {
                    sentences.add(parse(line, file + ":" + number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return sentences;
    }

    private static LabelledSentence parse(String line, String where) throws IOException {
        JsonNode node = JSON.readTree(line);
        String text = node.path("text").asText(null);
        if (text == null) {
            throw new IllegalArgumentException(where + ": no text");
        }
        List<TaggedSpan> names = new ArrayList<>();
        for (JsonNode name : node.path("names")) {
            int start = name.path(1).asInt(-1);
            int end = name.path(2).asInt(-1);
            if (start < 0 || end <= start || end > text.length()) {
                throw new IllegalArgumentException(where + ": name range " + name + " outside the text");
            }
            names.add(new TaggedSpan(EntityType.valueOf(name.path(0).asText()), start, end, text.substring(start, end)));
        }
        return new LabelledSentence(text, names);
    }
}
