package io.newsstream.lab.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.entities.TaggedSpan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Universal NER files ({@code index<TAB>token<TAB>BIO tag...}, {@code # text = } before each sentence) into
 * sentences with their names as character ranges: each token is found in the sentence's text in order, so the
 * names survive a different tokenisation. A sentence whose tokens cannot be found in its text is dropped.
 */
public final class IobReader {

    private static final String TEXT = "# text = ";

    private IobReader() {
    }

    /** The sentences of the files, in order. */
    public static List<LabelledSentence> read(List<Path> files) {
        List<LabelledSentence> sentences = new ArrayList<>();
        for (Path file : files) {
            sentences.addAll(read(file));
        }
        return sentences;
    }

    public static List<LabelledSentence> read(Path file) {
        List<LabelledSentence> sentences = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String text = null;
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); ; line = reader.readLine()) {
                if (line == null || line.isBlank()) {
                    if (text != null && !rows.isEmpty()) {
                        align(text, rows).ifPresent(sentences::add);
                    }
                    text = null;
                    rows.clear();
                    if (line == null) {
                        break;
                    }
                } else if (line.startsWith(TEXT)) {
                    text = line.substring(TEXT.length());
                } else if (!line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
        return sentences;
    }

    private static java.util.Optional<LabelledSentence> align(String text, List<String[]> rows) {
        List<TaggedSpan> names = new ArrayList<>();
        int cursor = 0;
        int start = -1;
        int end = -1;
        EntityType type = null;
        for (String[] row : rows) {
            String token = row[1];
            int at = text.indexOf(token, cursor);
            if (at < 0 || !text.substring(cursor, at).isBlank()) {
                return java.util.Optional.empty();
            }
            cursor = at + token.length();
            String tag = row.length > 2 ? row[2] : "O";
            boolean continues = tag.startsWith("I-") && type == typeOf(tag.substring(2));
            if (type != null && !continues) {
                names.add(new TaggedSpan(type, start, end, text.substring(start, end)));
                type = null;
            }
            if (tag.length() > 2 && type == null) {
                type = typeOf(tag.substring(2));
                start = at;
            }
            end = cursor;
        }
        if (type != null) {
            names.add(new TaggedSpan(type, start, end, text.substring(start, end)));
        }
        return java.util.Optional.of(new LabelledSentence(text, names));
    }

    private static EntityType typeOf(String label) {
        return switch (label) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORG;
            case "LOC" -> EntityType.LOCATION;
            default -> throw new IllegalArgumentException("unknown entity label " + label);
        };
    }
}
