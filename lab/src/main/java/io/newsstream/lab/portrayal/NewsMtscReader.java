package io.newsstream.lab.portrayal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsstream.core.json.Json;
import io.newsstream.enrich.data.DataFileException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads NewsMTSC JSON lines ({@code sentence}, {@code from}, {@code to}, {@code polarity}, optional {@code id} and
 * {@code mention}); a malformed line fails with the file name and line number.
 */
public final class NewsMtscReader {

    private NewsMtscReader() {
    }

    public static List<NewsMtscExample> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(file.toString(), reader);
        }
    }

    /** {@code source} names the input in error messages. */
    public static List<NewsMtscExample> read(String source, Reader input) throws IOException {
        List<NewsMtscExample> examples = new ArrayList<>();
        BufferedReader lines = new BufferedReader(input);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (!line.isBlank()) {
                examples.add(parse(source, number, line));
            }
        }
        return examples;
    }

    static NewsMtscExample parse(String source, int number, String line) {
        try {
            JsonNode node = Json.mapper().readTree(line);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            String sentence = text(node, "sentence");
            int from = integer(node, "from");
            int to = integer(node, "to");
            NewsMtscExample example = new NewsMtscExample(node.path("id").asText(source + ":" + number), sentence, from,
                    to, NewsMtscExample.polarity(integer(node, "polarity")));
            JsonNode mention = node.get("mention");
            if (mention != null && mention.isTextual() && !sentence.substring(from, to).equals(mention.asText())) {
                throw new IllegalArgumentException("\"mention\" is \"" + mention.asText() + "\" but the sentence has \""
                        + sentence.substring(from, to) + "\" at [" + from + ", " + to + ")");
            }
            return example;
        } catch (JsonProcessingException e) {
            throw new DataFileException(source + " line " + number + ": not JSON: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new DataFileException(source + " line " + number + ": " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }

    private static int integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a whole number");
        }
        return value.asInt();
    }
}
