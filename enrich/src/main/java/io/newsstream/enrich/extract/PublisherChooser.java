package io.newsstream.enrich.extract;

import io.newsstream.enrich.outlet.KnownOutlet;
import io.newsstream.enrich.outlet.OutletCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides a page's publisher. The outlet catalog's name wins when the page's host or a name the page gives is a
 * catalog outlet, so a page that calls itself "BR24" or "朝日新聞デジタル" is reported under the name the outlet step and
 * the stored articles use. Otherwise the page's own name: the one most of its names (JSON-LD publisher, site name,
 * meta tags, copyright line) agree with, a brand before a company's legal name or a bare host, the shortest spelling
 * of the agreed name ("TimesLIVE" before "TimesLIVE Premium"); the host is the last resort.
 */
final class PublisherChooser {

    /** A company's legal form: the owner of the site, not the name readers know it by. */
    private static final Pattern LEGAL_ENTITY = Pattern.compile(
            "(?i).*\\b(gmbh|ag|kg|a/s|as|ab|asa|ltd|limited|inc|llc|plc|pty|s\\.?a\\.?|s\\.?l\\.?|s\\.?p\\.?a\\.?|"
                    + "b\\.?v\\.?|n\\.?v\\.?|corp|corporation|co\\.|verlag|holdings?)\\b.*|.*\\bco\\.?$");
    private static final Pattern HOST = Pattern.compile(
            "(?i)(?:www\\.)?[\\p{L}\\p{N}\\-]+(?:\\.[\\p{L}\\p{N}\\-]+)*\\.[a-z]{2,}");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\([^)]*\\)?");
    private static final int MAX_WORDS = 6;
    private static final int MAX_ADDITION = 8;
    private static final int AGREEMENT = 4;
    /** A legal name loses even against a single other name; a host only against one as well supported. */
    private static final int LEGAL_PENALTY = 10;
    private static final int HOST_PENALTY = 2;
    /** A legal name after the brand: "Example Post - Example Verlag GmbH". */
    private static final Pattern TRAILING_PART = Pattern.compile("\\s+[-–—|]\\s+.*$");

    private final OutletCatalog catalog;

    PublisherChooser(OutletCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param pageName the page's own best name ({@link #pageName}), or null
     * @param host the page's host without "www.", or null
     * @return the publisher's name, or null when neither the page nor its host gives one
     */
    String publisher(String pageName, String host) {
        // The host is the surest link: a catalog domain is the outlet's own, whatever brand the page shows. The
        // page's other names are not tried: a syndicated story's JSON-LD or copyright line names the agency ("dpa").
        Optional<KnownOutlet> linked = host == null ? Optional.empty() : catalog.byHost(host);
        if (linked.isEmpty() && pageName != null) {
            linked = catalog.byName(pageName);
        }
        return linked.map(KnownOutlet::name).orElse(pageName != null ? pageName : host);
    }

    /**
     * @param candidates the page's own names for its publisher, most trusted first (nulls allowed)
     * @return the chosen name, or null when the page names none
     */
    String pageName(List<String> candidates) {
        List<String> names = new ArrayList<>();
        for (String candidate : candidates) {
            String name = cleaned(candidate);
            if (name != null) {
                names.add(name);
            }
        }
        String best = null;
        int bestScore = Integer.MIN_VALUE;
        for (String name : names) {
            int support = (int) names.stream().filter(other -> sameName(name, other)).count();
            // Agreement counts most; a legal name or a host only wins where nothing better is offered.
            int score = support * AGREEMENT - (LEGAL_ENTITY.matcher(name).matches() ? LEGAL_PENALTY : 0)
                    - (HOST.matcher(name).matches() ? HOST_PENALTY : 0);
            if (score > bestScore || score == bestScore && shorterSpelling(name, best)) {
                best = name;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean shorterSpelling(String name, String best) {
        return best != null && name.length() < best.length() && sameName(name, best);
    }

    /** The same name, or one with a short addition ("TimesLIVE Premium"); a shared first word is not enough. */
    private static boolean sameName(String one, String other) {
        String a = SiteNames.key(one);
        String b = SiteNames.key(other);
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return !shorter.isEmpty() && longer.startsWith(shorter) && longer.length() - shorter.length() < MAX_ADDITION;
    }

    /** Without bracketed additions and a trailing legal name; null when what is left is no name. */
    static String cleaned(String candidate) {
        if (candidate == null || candidate.contains("://")) {
            return null;
        }
        String name = BRACKETS.matcher(candidate).replaceAll(" ").replaceAll("[\\s\\u00A0]+", " ").strip();
        String brand = TRAILING_PART.matcher(name).replaceFirst("");
        if (!brand.isEmpty() && LEGAL_ENTITY.matcher(name.substring(brand.length())).matches()) {
            name = brand;
        }
        name = name.replaceAll("^[©\\s]+|[\\s,.;:|-]+$", "");
        if (name.length() < 2 || name.split(" ").length > MAX_WORDS || name.equalsIgnoreCase("www")
                || !name.codePoints().anyMatch(Character::isLetterOrDigit)) {
            return null;
        }
        return Objects.requireNonNull(name);
    }
}
