package io.newsstream.enrich.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The names a site gives itself on a page (publisher, site name, host), compared loosely: "Der Standard",
 * "DER STANDARD" and "derstandard.at" are one name.
 */
final class SiteNames {

    private static final int MIN_KEY = 2;
    /** A part may carry a little more than the name ("Spiegel Online" for "Spiegel"), not a whole headline. */
    private static final int MAX_EXTRA_CHARS = 8;
    private static final int MIN_PREFIX = 3;

    private final List<String> keys;

    SiteNames(Collection<String> names) {
        this.keys = names.stream().filter(Objects::nonNull).map(SiteNames::key).filter(key -> key.length() >= MIN_KEY)
                .distinct().toList();
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    /** True when {@code text} is one of the site's names, give or take a short addition or abbreviation. */
    boolean matches(String text) {
        String key = key(text);
        if (key.isEmpty()) {
            return false;
        }
        for (String site : keys) {
            if (key.equals(site) || key.startsWith(site) && key.length() < site.length() + MAX_EXTRA_CHARS
                    || site.startsWith(key) && key.length() >= MIN_PREFIX) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code text} is exactly one of the site's names (after the loose comparison's normalisation). */
    boolean equalsName(String text) {
        return keys.contains(key(text));
    }

    /** Letters and digits only, lower-cased, accents dropped; a host loses "www." and its short suffix labels. */
    static String key(String text) {
        String bare = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).strip();
        if (bare.matches("[\\p{L}\\p{N}.\\-]+\\.[a-z]{2,}")) {
            // "bbc.co.uk" is "bbc", "www.n-tv.de" is "ntv".
            List<String> labels = new ArrayList<>(List.of(bare.split("\\.")));
            labels.remove("www");
            while (labels.size() > 1 && labels.get(labels.size() - 1).length() <= 3) {
                labels.remove(labels.size() - 1);
            }
            bare = String.join(".", labels);
        }
        return Arrays.stream(bare.split("[^\\p{L}\\p{N}]+")).reduce("", String::concat);
    }
}
