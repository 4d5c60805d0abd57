package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.data.DataLine;
import io.newsstream.enrich.outlet.KnownOutlet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles a knowledge base from layers of files (bundled first, then the user's), checking ids and aliases across
 * all of them. A later layer replaces an entry with the same id; within a layer an id may appear once. Every bad line
 * is collected, so one run shows all the mistakes of a file, not just the first.
 */
final class KnowledgeBaseBuilder {

    /** Stops a hopeless file from producing a message of thousands of lines. */
    private static final int MAX_REPORTED_ERRORS = 50;

    /**
     * @param weak a fallback entry from the old single-file format: it gives up any alias a regular entry claims
     */
    private record Held(KnowledgeEntry entry, DataLine line, boolean weak) {
    }

    private final Map<String, Held> byId = new LinkedHashMap<>();
    private final Map<String, String> ownerOfSurface = new HashMap<>();
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, KnownOutlet> outlets = new LinkedHashMap<>();
    private final Map<String, DataLine> idsInLayer = new HashMap<>();
    private final List<String> errors = new ArrayList<>();

    /** Starts a new layer: its entries may replace those of earlier layers by id. */
    KnowledgeBaseBuilder layer() {
        idsInLayer.clear();
        return this;
    }

    void addLines(KbFile file, List<DataLine> lines) {
        for (DataLine line : lines) {
            try {
                KbLineParser.Parsed parsed = KbLineParser.parse(file, line);
                if (add(parsed.entry(), line, false)) {
                    if (parsed.country() != null) {
                        countries.put(parsed.country().id(), parsed.country());
                    }
                    if (parsed.outlet() != null) {
                        outlets.put(parsed.outlet().id(), parsed.outlet());
                    }
                }
            } catch (DataFileException e) {
                errors.add(e.getMessage());
            }
        }
    }

    /** Adds an entry, regular or weak; false (with the error recorded) when it is rejected. */
    boolean add(KnowledgeEntry entry, DataLine line, boolean weak) {
        if (weak && byId.containsKey(entry.id())) {
            return false;
        }
        DataLine first = weak ? null : idsInLayer.putIfAbsent(entry.id(), line);
        if (first != null) {
            errors.add(line.error("duplicate id '" + entry.id() + "' (first at " + where(first) + ")").getMessage());
            return false;
        }
        List<String> kept = new ArrayList<>();
        Set<String> stolen = new HashSet<>();
        for (String surface : entry.surfaceForms()) {
            String owner = ownerOfSurface.get(surface);
            Held held = owner == null || owner.equals(entry.id()) ? null : byId.get(owner);
            if (held == null) {
                kept.add(surface);
            } else if (weak) {
                if (surface.equals(entry.name())) {
                    return false;
                }
            } else if (held.weak()) {
                stolen.add(surface);
                kept.add(surface);
            } else {
                errors.add(line.error("'" + surface + "' already names '" + owner + "' (" + where(held.line())
                        + "); an alias may belong to one entity only").getMessage());
                return false;
            }
        }
        stolen.forEach(this::takeFromWeakOwner);
        Held previous = byId.remove(entry.id());
        if (previous != null) {
            previous.entry().surfaceForms().forEach(surface -> ownerOfSurface.remove(surface, entry.id()));
        }
        KnowledgeEntry accepted = entry.withAliases(kept.subList(1, kept.size()));
        accepted.surfaceForms().forEach(surface -> ownerOfSurface.put(surface, entry.id()));
        byId.put(entry.id(), new Held(accepted, line, weak));
        return true;
    }

    /** A weak entry loses one alias to a regular entry, or disappears when it loses its name. */
    private void takeFromWeakOwner(String surface) {
        String owner = ownerOfSurface.remove(surface);
        Held held = owner == null ? null : byId.get(owner);
        if (held == null) {
            // Already gone: the entry lost its name to an earlier spelling of the same regular entry.
            return;
        }
        if (held.entry().name().equals(surface)) {
            byId.remove(owner);
            held.entry().surfaceForms().forEach(form -> ownerOfSurface.remove(form, owner));
        } else {
            List<String> aliases = new ArrayList<>(held.entry().aliases());
            aliases.remove(surface);
            byId.put(owner, new Held(held.entry().withAliases(aliases), held.line(), true));
        }
    }

    /** Outlets from the old catalog file, used while no outlets.tsv exists; they become weak ORG entries too. */
    void addWeakOutlets(List<KnownOutlet> legacy, DataLine anyLine) {
        for (KnownOutlet outlet : legacy) {
            outlets.putIfAbsent(outlet.id(), outlet);
            add(new KnowledgeEntry(outlet.id(), EntityType.ORG, outlet.name(), outlet.aliases(),
                    outlet.country(), null), anyLine, true);
        }
    }

    void error(String message) {
        errors.add(message);
    }

    KnowledgeBase build() {
        if (!errors.isEmpty()) {
            List<String> shown = errors.subList(0, Math.min(errors.size(), MAX_REPORTED_ERRORS));
            String more = errors.size() > shown.size() ? "\n  ... and " + (errors.size() - shown.size()) + " more" : "";
            throw new DataFileException("knowledge base rejected: " + errors.size() + " bad line(s)\n  "
                    + String.join("\n  ", shown) + more);
        }
        List<KnowledgeEntry> entries = byId.values().stream().map(Held::entry).toList();
        return new KnowledgeBase(entries, countries.values(), outlets.values());
    }

    private static String where(DataLine line) {
        return line.source() + " line " + line.number();
    }
}
