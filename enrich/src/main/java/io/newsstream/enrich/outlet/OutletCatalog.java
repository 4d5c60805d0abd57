package io.newsstream.enrich.outlet;

import io.newsstream.enrich.text.AhoCorasick;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The news outlets enrich recognises as publisher, source or cited, looked up by name, alias or web domain. */
public final class OutletCatalog {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final List<KnownOutlet> outlets;
    /** Names and aliases (normalised) and domains. */
    private final Map<String, KnownOutlet> bySurface;
    private final Map<String, KnownOutlet> byDomain;

    /** Every name, alias and domain as written in text, case-sensitive, for one-pass search. */
    private final AhoCorasick<KnownOutlet> writtenForms;

    private OutletCatalog(List<KnownOutlet> outlets) {
        this.outlets = List.copyOf(outlets);
        this.bySurface = new HashMap<>();
        this.byDomain = new HashMap<>();
        Map<String, KnownOutlet> written = new HashMap<>();
        for (KnownOutlet outlet : outlets) {
            outlet.surfaceForms().forEach(form -> bySurface.putIfAbsent(normalised(form), outlet));
            outlet.domains().forEach(domain -> bySurface.putIfAbsent(domain, outlet));
            outlet.domains().forEach(domain -> byDomain.putIfAbsent(domain.toLowerCase(Locale.ROOT), outlet));
            for (String form : outlet.surfaceForms()) {
                // MentionedText cuts texts at line breaks and joins the title on one: no name may span one.
                if (form.indexOf('\n') >= 0) {
                    throw new IllegalArgumentException("An outlet's name holds a line break: " + form);
                }
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
        String key = SPACES.matcher(written.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return key.startsWith("the ") ? key.substring(4) : key;
    }

    /** A catalog of these outlets (e.g. the knowledge base's). */
    public static OutletCatalog of(List<KnownOutlet> outlets) {
        return new OutletCatalog(outlets);
    }

    public List<KnownOutlet> outlets() {
        return outlets;
    }

    /**
     * The outlet serving a URL's host: the host's own domain or the nearest one above it (www1.wdr.de is wdr.de), so a
     * listed subdomain (a regional edition) wins over its parent.
     */
    public Optional<KnownOutlet> byHost(String host) {
        String domain = host.toLowerCase(Locale.ROOT);
        while (true) {
            KnownOutlet outlet = byDomain.get(domain);
            int dot = domain.indexOf('.');
            if (outlet != null || dot < 0) {
                return Optional.ofNullable(outlet);
            }
            domain = domain.substring(dot + 1);
        }
    }

    /**
     * The outlet named so: a name, an alias or a domain, ignoring case and a leading "the". Case matters when finding
     * names in text (see {@link #mentions}), not when looking up what was found or what a person typed.
     */
    public Optional<KnownOutlet> byName(String written) {
        return Optional.ofNullable(bySurface.get(normalised(written)));
    }
}
