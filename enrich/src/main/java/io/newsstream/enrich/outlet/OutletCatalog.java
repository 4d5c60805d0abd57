package io.newsstream.enrich.outlet;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataLine;
import io.newsstream.enrich.text.AhoCorasick;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The news outlets enrich recognises as publisher, source or cited, looked up by name, alias or web domain. */
public final class OutletCatalog {

    public static final String BUNDLED_FILE = "outlets.tsv";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    private final List<KnownOutlet> outlets;
    /** Names and aliases (normalised) and domains. */
    private final Map<String, KnownOutlet> bySurface;

    /** Every name, alias and domain as written in text, case-sensitive, for one-pass search. */
    private final AhoCorasick<KnownOutlet> writtenForms;

    private OutletCatalog(List<KnownOutlet> outlets) {
        this.outlets = List.copyOf(outlets);
        this.bySurface = new HashMap<>();
        Map<String, KnownOutlet> written = new HashMap<>();
        for (KnownOutlet outlet : outlets) {
            outlet.surfaceForms().forEach(form -> bySurface.putIfAbsent(normalised(form), outlet));
            outlet.domains().forEach(domain -> bySurface.putIfAbsent(domain, outlet));
            for (String form : outlet.surfaceForms()) {
                written.putIfAbsent(form, outlet);
                // Mid-sentence, "The Guardian" is written "the Guardian".
                if (form.startsWith("The ")) {
                    written.putIfAbsent("the " + form.substring(4), outlet);
                }
            }
            outlet.domains().forEach(domain -> written.putIfAbsent(domain, outlet));
        }
        this.writtenForms = new AhoCorasick<>(written);
    }

    /** Every place {@code text} names a catalog outlet (whole words, case as listed, longest first), in order. */
    List<OutletMention> mentions(String text) {
        return writtenForms.find(text).stream()
                .map(match -> new OutletMention(text, match.start(), match.end(), match.value()))
                .toList();
    }

    /** Lower case, without a leading "the": "The Guardian", "the Guardian" and "THE GUARDIAN" are one key. */
    private static String normalised(String written) {
        String key = written.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** A catalog of these outlets (e.g. the knowledge base's). */
    public static OutletCatalog of(List<KnownOutlet> outlets) {
        return new OutletCatalog(outlets);
    }

    /** The outlets of the old bundled {@code outlet/outlets.tsv}, the fallback while the knowledge base has no outlets file. */
    public static List<KnownOutlet> legacyOutlets() {
        return fromLines(DataFile.readResource(OutletCatalog.class, BUNDLED_FILE)).outlets();
    }

    /** Parses and validates outlets in the old five-column format; a malformed line fails with the file and line. */
    public static OutletCatalog fromLines(List<DataLine> lines) {
        Map<String, KnownOutlet> byId = new LinkedHashMap<>();
        for (DataLine line : lines) {
            List<String> fields = line.fields(5, 5);
            String id = fields.get(0);
            if (!ID.matcher(id).matches()) {
                throw line.error("id '" + id + "' must be lower-case letters and digits joined by '-'");
            }
            if (fields.get(1).isEmpty()) {
                throw line.error("name is empty");
            }
            String country = fields.get(4).isEmpty() ? null : fields.get(4);
            if (country != null && !COUNTRY.matcher(country).matches()) {
                throw line.error("country '" + country + "' must be a two-letter upper-case ISO code");
            }
            List<String> domains = list(line, fields.get(3)).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
            KnownOutlet outlet = new KnownOutlet(id, fields.get(1), list(line, fields.get(2)), domains, country);
            if (byId.putIfAbsent(id, outlet) != null) {
                throw line.error("duplicate id '" + id + "'");
            }
        }
        return new OutletCatalog(new ArrayList<>(byId.values()));
    }

    private static List<String> list(DataLine line, String column) {
        if (column.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.stream(column.split("\\|", -1)).map(String::strip).toList();
        if (items.contains("")) {
            throw line.error("empty item in '" + column + "' (two '|' in a row, or one at an end)");
        }
        return items;
    }

    public List<KnownOutlet> outlets() {
        return outlets;
    }

    /** The outlet serving a URL's host (subdomains included). */
    public Optional<KnownOutlet> byHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return outlets.stream().filter(outlet -> outlet.servesHost(lower)).findFirst();
    }

    /**
     * The outlet named so: a name, an alias or a domain, ignoring case and a leading "the". Case matters when finding
     * names in text (see {@link #mentions}), not when looking up what was found or what a person typed.
     */
    public Optional<KnownOutlet> byName(String written) {
        return Optional.ofNullable(bySurface.get(normalised(written)));
    }
}
