package io.newsstream.enrich.outlet;

import io.newsstream.core.article.Outlet;
import java.util.List;
import java.util.stream.Stream;

/**
 * An outlet of the catalog.
 *
 * @param domains web domains, primary first
 * @param country ISO 3166 two-letter code, or null
 */
public record KnownOutlet(String id, String name, List<String> aliases, List<String> domains, String country) {

    public KnownOutlet {
        aliases = List.copyOf(aliases);
        domains = List.copyOf(domains);
    }

    /** Every way text names this outlet: the name, then the aliases. */
    public List<String> surfaceForms() {
        return Stream.concat(Stream.of(name), aliases.stream()).toList();
    }

    public String primaryDomain() {
        return domains.isEmpty() ? null : domains.get(0);
    }

    public Outlet toOutlet(double confidence, List<String> evidence) {
        return new Outlet(id, name, primaryDomain(), country, confidence, evidence);
    }
}
