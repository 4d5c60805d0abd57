package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.data.DataLine;
import io.newsstream.enrich.outlet.KnownOutlet;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns one line of a knowledge-base file into an entry (plus its country or outlet facts), or fails naming the line. */
final class KbLineParser {

    /**
     * What one line holds.
     *
     * @param country set for countries.tsv lines, else null
     * @param outlet set for outlets.tsv lines, else null
     */
    record Parsed(KnowledgeEntry entry, Country country, KnownOutlet outlet) {
    }

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)+");
    private static final Set<String> PLACE_KINDS = Set.of("city", "region", "territory", "body-of-water", "landmark");
    private static final Set<String> ORGANISATION_KINDS =
            Set.of("international", "government", "military", "party", "company", "ngo", "court", "other");
    private static final Set<String> OUTLET_KINDS =
            Set.of("news-agency", "public-broadcaster", "state-affiliated", "private", "non-profit");
    private static final Set<String> MISC_KINDS = Set.of("agreement", "event", "treaty", "programme", "other");

    private KbLineParser() {
    }

    static Parsed parse(KbFile file, DataLine line) {
        List<String> fields = line.fields(file.columns(), file.columns());
        String id = id(line, fields.get(0));
        String name = fields.get(1);
        if (name.isEmpty()) {
            throw line.error("name is empty");
        }
        List<String> aliases = list(line, fields.get(2));
        return switch (file) {
            case PEOPLE -> new Parsed(new KnowledgeEntry(id, EntityType.PERSON, name, aliases,
                    iso2(line, fields.get(3)), blankToNull(fields.get(4))), null, null);
            case COUNTRIES -> {
                String iso2 = iso2(line, fields.get(3));
                if (iso2 == null) {
                    throw line.error("a country needs its iso2 code");
                }
                Country country = new Country(id, iso2, list(line, fields.get(4)), blankToNull(fields.get(5)));
                yield new Parsed(new KnowledgeEntry(id, EntityType.LOCATION, name, aliases, iso2, "country"), country, null);
            }
            case PLACES -> new Parsed(new KnowledgeEntry(id, EntityType.LOCATION, name, aliases,
                    iso2(line, fields.get(4)), kind(line, fields.get(3), PLACE_KINDS)), null, null);
            case ORGANISATIONS -> new Parsed(new KnowledgeEntry(id, EntityType.ORG, name, aliases,
                    iso2(line, fields.get(4)), kind(line, fields.get(3), ORGANISATION_KINDS)), null, null);
            case OUTLETS -> {
                List<String> domains = list(line, fields.get(3)).stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
                for (String domain : domains) {
                    if (!DOMAIN.matcher(domain).matches()) {
                        throw line.error("domain '" + domain + "' is not a host name like example.com");
                    }
                }
                String country = iso2(line, fields.get(4));
                String kind = kind(line, fields.get(5), OUTLET_KINDS);
                yield new Parsed(new KnowledgeEntry(id, EntityType.ORG, name, aliases, country, kind), null,
                        new KnownOutlet(id, name, aliases, domains, country));
            }
            case MISC -> new Parsed(new KnowledgeEntry(id, EntityType.MISC, name, aliases,
                    iso2(line, fields.get(4)), kind(line, fields.get(3), MISC_KINDS)), null, null);
        };
    }

    static String id(DataLine line, String id) {
        if (!ID.matcher(id).matches()) {
            throw line.error("id '" + id + "' must be lower-case letters and digits joined by '-'");
        }
        return id;
    }

    /** Items of a '|'-separated column; empty column, empty list. */
    static List<String> list(DataLine line, String column) {
        if (column.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.stream(column.split("\\|", -1)).map(String::strip).toList();
        if (items.contains("")) {
            throw line.error("empty item in '" + column + "' (two '|' in a row, or one at an end)");
        }
        return items;
    }

    private static String iso2(DataLine line, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (!ISO2.matcher(value).matches()) {
            throw line.error("country '" + value + "' must be a two-letter upper-case ISO 3166 code");
        }
        return value;
    }

    private static String kind(DataLine line, String value, Set<String> allowed) {
        if (!allowed.contains(value)) {
            throw line.error("kind '" + value + "' is not one of " + allowed.stream().sorted().toList());
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
