package io.newsstream.lab.duplicates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled event templates ({@code events.txt}): per event type, its headlines and its sentences' wordings. */
public final class EventTemplates {

    /** One kind of event: headlines to choose from and, in order, the sentences of a report with their wordings. */
    public record Template(String type, List<String> headlines, List<List<String>> sentences) {
    }

    private EventTemplates() {
    }

    public static Map<String, Template> bundled() {
        try (InputStream in = EventTemplates.class.getResourceAsStream("events.txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Template> parse(List<String> lines) {
        Map<String, Template> templates = new LinkedHashMap<>();
        String type = null;
        List<String> headlines = null;
        List<List<String>> sentences = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("== ")) {
                type = line.substring(3).strip();
                headlines = new ArrayList<>();
                sentences = new ArrayList<>();
                templates.put(type, new Template(type, headlines, sentences));
            } else if (type == null) {
                throw new IllegalArgumentException("events.txt: a line before the first '== type': " + line);
            } else if (line.startsWith("headline:")) {
                headlines.addAll(wordings(line.substring("headline:".length())));
            } else {
                sentences.add(wordings(line));
            }
        }
        return templates;
    }

    private static List<String> wordings(String line) {
        return List.of(line.split(" \\| ")).stream().map(String::strip).toList();
    }
}
