package io.newsstream.enrich.outlet;

import io.newsstream.enrich.text.Slugs;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds who published an article: the URL's domain, else the feeder's outlet hint, else a byline
 * ("Jane Doe for Outlet"), an author line ("... correspondent for Outlet") or a closing signature line ("Outlet").
 */
final class PublisherFinder {

    static final double KNOWN_DOMAIN = 0.95;
    static final double KNOWN_HINT = 0.85;
    static final double KNOWN_BYLINE = 0.8;
    static final double AUTHOR_LINE = 0.75;
    static final double SIGNATURE_LINE = 0.7;
    static final double UNKNOWN_HINT = 0.6;
    static final double UNKNOWN_BYLINE = 0.55;
    static final double UNKNOWN_DOMAIN = 0.5;

    /** Bylines sit at the very top or bottom of an article. */
    private static final int EDGE_LINES = 3;
    private static final String CAPITALISED = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String NAME_FOR_OUTLET = CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,3}\\s+for\\s+(?:[Tt]he\\s+)?"
            + "(?<outlet>\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4})\\.?";
    /** At the top a byline starts with "By", or a title-case headline ("Biden Asks Congress for Ukraine Aid") would pass. */
    private static final Pattern TOP_BYLINE = Pattern.compile("By\\s+" + NAME_FOR_OUTLET);
    private static final Pattern BOTTOM_BYLINE = Pattern.compile("(?:By\\s+)?" + NAME_FOR_OUTLET);

    private final OutletCatalog catalog;
    private final Pattern authorLine;
    private final Pattern signatureLine;

    PublisherFinder(OutletCatalog catalog) {
        this.catalog = catalog;
        String outlet = catalog.outletGroup();
        this.authorLine = Pattern.compile(
                "\\b(?:correspondent|reporter|editor|writer|columnist|contributor|bureau chief)\\s+(?:for|at|with)\\s+" + outlet);
        this.signatureLine = Pattern.compile("[-–—©\\s]*" + outlet + "\\W*");
    }

    List<OutletCandidate> find(String url, String outletHint, String text) {
        List<OutletCandidate> candidates = new ArrayList<>();
        host(url).ifPresent(host -> candidates.add(catalog.byHost(host)
                .map(known -> OutletCandidate.known(known, KNOWN_DOMAIN, "url: " + host))
                .orElseGet(() -> OutletCandidate.unknown(Slugs.of(host), host, host, UNKNOWN_DOMAIN, "url: " + host))));
        if (outletHint != null && !outletHint.isBlank()) {
            candidates.add(fromHint(outletHint.strip()));
        }
        List<String> lines = TextLines.of(text);
        TextLines.first(lines, EDGE_LINES).forEach(line -> byline(TOP_BYLINE, line).ifPresent(candidates::add));
        TextLines.closing(lines, EDGE_LINES).forEach(line -> byline(BOTTOM_BYLINE, line).ifPresent(candidates::add));
        for (String line : TextLines.closing(lines, EDGE_LINES)) {
            Matcher author = authorLine.matcher(line);
            if (author.find()) {
                catalog.byName(author.group("outlet")).ifPresent(known ->
                        candidates.add(OutletCandidate.known(known, AUTHOR_LINE, author.group())));
            }
        }
        if (lines.size() > 1) {
            String last = lines.get(lines.size() - 1);
            Matcher signature = signatureLine.matcher(last);
            if (signature.matches()) {
                catalog.byName(signature.group("outlet")).ifPresent(known ->
                        candidates.add(OutletCandidate.known(known, SIGNATURE_LINE, last)));
            }
        }
        return candidates;
    }

    private Optional<OutletCandidate> byline(Pattern pattern, String line) {
        Matcher byline = pattern.matcher(line);
        if (!byline.matches()) {
            return Optional.empty();
        }
        String name = byline.group("outlet");
        return Optional.of(catalog.byName(name)
                .map(known -> OutletCandidate.known(known, KNOWN_BYLINE, line))
                .orElseGet(() -> OutletCandidate.unknown(Slugs.of(name), name, null, UNKNOWN_BYLINE, line)));
    }

    private OutletCandidate fromHint(String hint) {
        String evidence = "outlet hint: " + hint;
        Optional<String> hintHost = hint.contains(" ") ? Optional.empty() : host(hint.contains("://") ? hint : "https://" + hint);
        return catalog.byName(hint)
                .or(() -> hintHost.flatMap(catalog::byHost))
                .map(known -> OutletCandidate.known(known, KNOWN_HINT, evidence))
                .orElseGet(() -> OutletCandidate.unknown(Slugs.of(hint), hint, null, UNKNOWN_HINT, evidence));
    }

    /** The URL's host without "www.", when the URL has one. */
    static Optional<String> host(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            String host = new URI(url.strip()).getHost();
            if (host == null || !host.contains(".")) {
                return Optional.empty();
            }
            host = host.toLowerCase(Locale.ROOT);
            return Optional.of(host.startsWith("www.") ? host.substring(4) : host);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
