package io.newsstream.enrich.stance;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.data.DataLine;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads stance targets from targets files: the bundled {@code default.targets}, then the user's file or the
 * {@code *.targets} files of the user's folder ({@code enrich.stance.targets}), where a target with a bundled id
 * replaces it. The format, one {@code key: value} per line under a {@code [target-id]} header, is described in the
 * bundled file and in docs/contracts.md; a malformed line fails with the file, line and reason.
 */
public final class StanceTargets {

    private static final Logger log = LoggerFactory.getLogger(StanceTargets.class);
    static final String BUNDLED = "default.targets";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final List<String> KEYS = List.of("name", "description", "terms", "context", "favor", "against",
            "more", "less", "exclude");

    private StanceTargets() {
    }

    /** The bundled targets. */
    public static List<StanceTarget> bundled() {
        return List.copyOf(parse(DataFile.readResource(StanceTargets.class, BUNDLED)).values());
    }

    /** The bundled targets with those of {@code user} (a targets file, or a folder of them; null: none) over them. */
    public static List<StanceTarget> load(Path user) {
        Map<String, StanceTarget> targets = new LinkedHashMap<>(parse(DataFile.readResource(StanceTargets.class, BUNDLED)));
        if (user != null) {
            for (Path file : userFiles(user)) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    parse(DataFile.read(file.toString(), reader)).forEach((id, target) -> {
                        if (targets.put(id, target) != null) {
                            log.info("stance target '{}' from {} replaces the bundled one", id, file);
                        }
                    });
                } catch (IOException e) {
                    throw new DataFileException(file + ": cannot read: " + e.getMessage(), e);
                }
            }
        }
        return List.copyOf(targets.values());
    }

    private static List<Path> userFiles(Path user) {
        if (Files.isRegularFile(user)) {
            return List.of(user);
        }
        if (!Files.isDirectory(user)) {
            throw new DataFileException("stance targets " + user + " is neither a file nor a directory");
        }
        try (Stream<Path> files = Files.list(user)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".targets"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new DataFileException("cannot list stance targets directory " + user + ": " + e.getMessage(), e);
        }
    }

    /** The targets of one file by id, in file order. */
    static Map<String, StanceTarget> parse(Collection<DataLine> lines) {
        Map<String, StanceTarget> targets = new LinkedHashMap<>();
        Block block = null;
        for (DataLine line : lines) {
            String text = line.text().strip();
            if (text.startsWith("[")) {
                if (block != null) {
                    add(targets, block.build());
                }
                if (!text.endsWith("]")) {
                    throw line.error("a target header is written [target-id]");
                }
                String id = text.substring(1, text.length() - 1).strip();
                if (!ID.matcher(id).matches()) {
                    throw line.error("target id '" + id + "' must be lower-case letters and digits joined by '-'");
                }
                if (targets.containsKey(id) || block != null && block.id.equals(id)) {
                    throw line.error("target '" + id + "' is defined twice in this file");
                }
                block = new Block(id, line);
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw line.error("expected 'key: value' or a [target-id] header, found '" + abbreviate(text) + "'");
            }
            String key = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            if (block == null) {
                throw line.error("'" + key + "' comes before the first [target-id] header");
            }
            if (!KEYS.contains(key)) {
                throw line.error("unknown key '" + key + "' (known: " + String.join(", ", KEYS) + ")");
            }
            if (value.isEmpty()) {
                throw line.error("'" + key + "' has no value");
            }
            block.put(key, value, line);
        }
        if (block != null) {
            add(targets, block.build());
        }
        return targets;
    }

    private static void add(Map<String, StanceTarget> targets, StanceTarget target) {
        targets.put(target.id(), target);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** The lines of one target while its file is read. */
    private static final class Block {
        private final String id;
        private final DataLine header;
        private String name;
        private String description = "";
        private final Map<String, List<String>> lists = new LinkedHashMap<>();

        Block(String id, DataLine header) {
            this.id = id;
            this.header = header;
        }

        void put(String key, String value, DataLine line) {
            switch (key) {
                case "name" -> {
                    if (name != null) {
                        throw line.error("target '" + id + "' has two names");
                    }
                    name = value;
                }
                case "description" -> description = description.isEmpty() ? value : description + " " + value;
                default -> lists.computeIfAbsent(key, k -> new ArrayList<>()).addAll(phrases(value, line));
            }
        }

        /** A list value holds phrases separated by '|'; a key may repeat to continue a long list. */
        private static List<String> phrases(String value, DataLine line) {
            List<String> phrases = new ArrayList<>();
            for (String part : value.split("\\|", -1)) {
                String phrase = part.strip();
                if (phrase.isEmpty()) {
                    throw line.error("empty phrase in '" + abbreviate(value) + "' (two '|' in a row, or one at an end)");
                }
                if (!starsEndWords(phrase)) {
                    throw line.error("'*' may only end a word, after a letter: '" + phrase + "'");
                }
                if (Tokens.of(phrase.replace("*", "")).size() == 0) {
                    throw line.error("phrase '" + phrase + "' has no words");
                }
                phrases.add(phrase);
            }
            return phrases;
        }

        private static boolean starsEndWords(String phrase) {
            for (int i = phrase.indexOf('*'); i >= 0; i = phrase.indexOf('*', i + 1)) {
                boolean afterLetter = i > 0 && Character.isLetterOrDigit(phrase.charAt(i - 1));
                boolean endsWord = i + 1 == phrase.length() || Character.isWhitespace(phrase.charAt(i + 1));
                if (!afterLetter || !endsWord) {
                    return false;
                }
            }
            return true;
        }

        StanceTarget build() {
            if (name == null) {
                throw header.error("target '" + id + "' has no 'name'");
            }
            if (!lists.containsKey("terms")) {
                throw header.error("target '" + id + "' has no 'terms'");
            }
            if (!lists.containsKey("favor") && !lists.containsKey("against") && !lists.containsKey("more")
                    && !lists.containsKey("less")) {
                log.debug("target '{}' has no cues of its own; only the general ones apply", id);
            }
            return new StanceTarget(id, name, description, lists.get("terms"), list("context"), list("favor"),
                    list("against"), list("more"), list("less"), list("exclude"));
        }

        private List<String> list(String key) {
            return lists.getOrDefault(key, List.of());
        }
    }
}
