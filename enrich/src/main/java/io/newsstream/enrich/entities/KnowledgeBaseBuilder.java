package io.newsstream.enrich.entities;

import io.newsstream.enrich.data.DataFileException;
import io.newsstream.enrich.data.DataLine;
import io.newsstream.enrich.outlet.KnownOutlet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a knowledge base from layers of files (bundled first, then the user's), checking ids and aliases across
 * all of them. A later layer replaces an entry with the same id; within a layer an id may appear once. Every bad line
 * is collected, so one run shows all the mistakes of a file, not just the first.
 */
final class KnowledgeBaseBuilder {

    /** Stops a hopeless file from producing a message of thousands of lines. */
    private static final int MAX_REPORTED_ERRORS = 50;

    private record Held(KnowledgeEntry entry, DataLine line) {
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
                if (add(parsed.entry(), line)) {
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

    /** Adds an entry; false (with the error recorded) when it is rejected. */
    private boolean add(KnowledgeEntry entry, DataLine line) {
        DataLine first = idsInLayer.putIfAbsent(entry.id(), line);
        if (first != null) {
            errors.add(line.error("duplicate id '" + entry.id() + "' (first at " + where(first) + ")").getMessage());
            return false;
        }
        for (String surface : entry.surfaceForms()) {
            String owner = ownerOfSurface.get(surface);
            if (owner != null && !owner.equals(entry.id())) {
                String ownerLine = where(byId.get(owner).line());
                errors.add(line.error("'" + surface + "' already names '" + owner + "' (" + ownerLine
                        + "); an alias may belong to one entity only").getMessage());
                return false;
            }
        }
        Held previous = byId.remove(entry.id());
        if (previous != null) {
            previous.entry().surfaceForms().forEach(surface -> ownerOfSurface.remove(surface, entry.id()));
        }
        entry.surfaceForms().forEach(surface -> ownerOfSurface.put(surface, entry.id()));
        byId.put(entry.id(), new Held(entry, line));
        return true;
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
