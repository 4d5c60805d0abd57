package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The named entities enrich knows by name, loaded from a TSV file (see the header of {@code knowledge-base.tsv}). */
public final class KnowledgeBase {

    public static final String BUNDLED_FILE = "knowledge-base.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final Map<String, KnowledgeEntry> byId;

    private KnowledgeBase(Map<String, KnowledgeEntry> byId) {
        this.byId = byId;
    }

    /** The knowledge base bundled with enrich. */
    public static KnowledgeBase bundled() {
        return fromLines(DataFile.readResource(KnowledgeBase.class, BUNDLED_FILE));
    }

    /** Parses and validates entries; a malformed line fails with the file name and line number. */
    public static KnowledgeBase fromLines(List<DataLine> lines) {
        Map<String, KnowledgeEntry> byId = new LinkedHashMap<>();
        Map<String, String> ownerOfSurface = new HashMap<>();
        for (DataLine line : lines) {
            KnowledgeEntry entry = parse(line);
            if (byId.containsKey(entry.id())) {
                throw line.error("duplicate id '" + entry.id() + "'");
            }
            for (String surface : entry.surfaceForms()) {
                String owner = ownerOfSurface.putIfAbsent(surface, entry.id());
                if (owner != null && !owner.equals(entry.id())) {
                    throw line.error("'" + surface + "' already names '" + owner + "'; an alias may belong to one entity only");
                }
            }
            byId.put(entry.id(), entry);
        }
        return new KnowledgeBase(byId);
    }

    private static KnowledgeEntry parse(DataLine line) {
        List<String> fields = line.fields(3, 4);
        String id = fields.get(0);
        if (!ID.matcher(id).matches()) {
            throw line.error("id '" + id + "' must be lower-case letters and digits joined by '-'");
        }
        EntityType type;
        try {
            type = EntityType.valueOf(fields.get(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw line.error("type '" + fields.get(1) + "' is not one of " + Arrays.toString(EntityType.values()));
        }
        String name = fields.get(2);
        if (name.isEmpty()) {
            throw line.error("name is empty");
        }
        List<String> aliases = new ArrayList<>();
        if (fields.size() == 4 && !fields.get(3).isEmpty()) {
            for (String alias : fields.get(3).split("\\|", -1)) {
                if (alias.isBlank()) {
                    throw line.error("empty alias (two '|' in a row, or one at an end)");
                }
                aliases.add(alias.strip());
            }
        }
        return new KnowledgeEntry(id, type, name, aliases);
    }

    public List<KnowledgeEntry> entries() {
        return List.copyOf(byId.values());
    }

    public Optional<KnowledgeEntry> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
