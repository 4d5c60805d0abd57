package io.newsstream.enrich.outlet;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Gives an unknown publisher domain the name the site writes for itself: on globalhealthdigest.org, the copyright line
 * "© 2024 Global Health Digest" names the outlet, so the publisher is "Global Health Digest" (with its domain), not
 * the bare host.
 */
final class DomainNames {

    private DomainNames() {
    }

    /** Replaces, in place, the candidate made from an unknown URL domain when another candidate spells that domain. */
    static void nameUnknownDomain(List<OutletCandidate> candidates) {
        for (int i = 0; i < candidates.size(); i++) {
            OutletCandidate fromDomain = candidates.get(i);
            if (fromDomain.domain() == null || !fromDomain.name().equals(fromDomain.domain())) {
                continue;
            }
            String label = compact(siteLabel(fromDomain.domain()));
            Optional<OutletCandidate> named = candidates.stream()
                    .filter(other -> other != fromDomain && other.domain() == null)
                    .filter(other -> compact(other.name()).equals(label))
                    .findFirst();
            if (named.isPresent()) {
                OutletCandidate name = named.get();
                candidates.set(i, OutletCandidate.unknown(name.id(), name.name(), fromDomain.domain(),
                        fromDomain.confidence(), fromDomain.evidence()));
            }
        }
    }

    /** "news.example-site.co.uk" → "example-site": the label before the public suffix, roughly. */
    static String siteLabel(String host) {
        String[] labels = host.split("\\.");
        if (labels.length == 1) {
            return host;
        }
        int last = labels.length - 1;
        boolean secondLevelSuffix = labels.length > 2 && labels[last].length() == 2 && labels[last - 1].length() <= 3;
        return labels[secondLevelSuffix ? last - 2 : last - 1];
    }

    /** Lower-case letters and digits only, without a leading "the": "The Harlow-Falls Chronicle" → "harlowfallschronicle". */
    static String compact(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replaceFirst("^the\\s+", "");
        return lower.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
