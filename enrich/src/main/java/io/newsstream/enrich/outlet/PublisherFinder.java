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
 * Finds who published an article from its URL's domain, the feeder's outlet hint, bylines ("By Jane Doe, Outlet",
 * "By Jane Doe, Outlet, City", "Jane Doe for Outlet", "Jane Doe, Outlet" on its own line) and author lines
 * ("... correspondent for Outlet"); the site's own lines are {@link SignatureFinder}'s job.
 */
final class PublisherFinder {

    static final double KNOWN_DOMAIN = 0.95;
    static final double KNOWN_HINT = 0.85;
    static final double KNOWN_BYLINE = 0.8;
    static final double AUTHOR_LINE = 0.75;
    static final double UNKNOWN_HINT = 0.6;
    static final double UNKNOWN_BYLINE = 0.55;
    static final double UNKNOWN_DOMAIN = 0.5;

    /** Bylines sit near the top (under a headline and a section label) or bottom (above some page furniture). */
    private static final int TOP_LINES = 4;
    private static final int BOTTOM_LINES = 6;

    private static final String CAPITALISED = "\\p{Lu}[\\p{L}.'’-]*";
    private static final String NAME_FOR_OUTLET = CAPITALISED + "(?:\\s+" + CAPITALISED + "){0,3}\\s+for\\s+(?:[Tt]he\\s+)?"
            + "(?<outlet>\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4})\\.?";
    /** At the top a byline starts with "By", or a title-case headline ("Biden Asks Congress for Ukraine Aid") would pass. */
    private static final Pattern TOP_BYLINE = Pattern.compile("By\\s+" + NAME_FOR_OUTLET);
    private static final Pattern BOTTOM_BYLINE = Pattern.compile("(?:By\\s+)?" + NAME_FOR_OUTLET);
    /**
     * Under the headline, "Priya Natarajan for Climate Home News" is a byline without "By"; the name must look like a
     * person's (two or three words, no verb-like "Asks"/"Calls") so a second headline line is not taken for one.
     */
    private static final Pattern TOP_BARE_BYLINE = Pattern.compile(
            "\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}\\.)?(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2}\\s+for\\s+(?:[Tt]he\\s+)?"
                    + "(?<outlet>\\p{Lu}[\\p{L}\\p{N}&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&.'’-]*){0,4})\\.?");
    private static final Pattern FOR = Pattern.compile("\\s+for\\s+");
    /** Headline verbs: a name ending in "s" (Jones, Santos) must not look like one, so they are listed. */
    private static final Pattern VERB_LIKE = Pattern.compile("\\b(?:Asks|Says|Calls|Plans|Wins|Warns|Urges|Seeks|Gets|Makes|"
            + "Takes|Sets|Backs|Pushes|Faces|Hits|Eyes|Vows|Slams|Opens|Signs|Votes|Pays|Needs|Wants|Rallies|Pledges|"
            + "Presses|Demands|Bids|Launches|Announces|Approves|Rejects|Considers|Proposes|Prepares|Fights|Raises|Cuts|"
            + "Offers|Sues|Moves|Tells|Gives|Turns|Lobbies|Argues|Fears|Hopes|Appeals|Allocates|Earmarks|Funds)\\b");
    private static final String PERSON = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}";
    /** "By Jane Doe, Outlet" and "By Jane Doe, Outlet, City": the first segment after the name is the outlet. */
    private static final Pattern BY_NAME_COMMA = Pattern.compile(
            "By\\s+" + PERSON + ",\\s+(?<outlet>\\p{Lu}[^,]{0,60}?)(?:,\\s*\\p{Lu}[^,]{0,40})?\\.?");
    /** "Jane Doe, Outlet" on its own line; only a catalog outlet counts, or "Jane Doe, Staff Writer" would be one. */
    private static final Pattern NAME_COMMA = Pattern.compile(PERSON + ",\\s+(?<outlet>\\p{Lu}[^,]{0,60}?)\\.?");
    /** Job words that show the segment after a name is a title, not an outlet ("By Jane Doe, Senior Correspondent"). */
    private static final Pattern JOB_WORDS = Pattern.compile(
            "(?i)\\b(?:correspondent|reporter|editor|writer|columnist|contributor|staff|chief|lecturer|professor|"
                    + "fellow|analyst|director|researcher|producer|journalist|university|institute)\\b");

    /** "... is the national security correspondent for" right before an outlet's name. */
    private static final Pattern AUTHOR_BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?:correspondent|reporter|editor|writer|columnist|contributor|bureau chief)\\s+(?:for|at|with)\\s+(?:[Tt]he\\s+)?$");

    private final OutletCatalog catalog;

    PublisherFinder(OutletCatalog catalog) {
        this.catalog = catalog;
    }

    List<OutletCandidate> find(String url, String outletHint, MentionedText scanned) {
        String text = scanned.text();
        List<OutletCandidate> candidates = new ArrayList<>();
        host(url).ifPresent(host -> candidates.add(catalog.byHost(host)
                .map(known -> OutletCandidate.known(known, KNOWN_DOMAIN, "url: " + host))
                .orElseGet(() -> OutletCandidate.unknown(Slugs.of(host), host, host, UNKNOWN_DOMAIN, "url: " + host))));
        if (outletHint != null && !outletHint.isBlank()) {
            candidates.add(fromHint(outletHint.strip()));
        }
        List<String> lines = TextLines.of(text);
        List<String> top = TextLines.first(lines, TOP_LINES);
        for (int i = 0; i < top.size(); i++) {
            String line = top.get(i);
            boolean underHeadline = i > 0 && !verbBeforeFor(line);
            byline(TOP_BYLINE, line)
                    .or(() -> underHeadline ? byline(TOP_BARE_BYLINE, line) : Optional.empty())
                    .or(() -> commaByline(line)).ifPresent(candidates::add);
        }
        for (String line : TextLines.closing(lines, BOTTOM_LINES)) {
            (verbBeforeFor(line) ? Optional.<OutletCandidate>empty() : byline(BOTTOM_BYLINE, line)).or(() -> commaByline(line)).ifPresent(candidates::add);
        }
        int closing = TextLines.startOfLast(text, BOTTOM_LINES);
        for (OutletMention mention : scanned.tail(closing).mentions()) {
            Matcher author = mention.before(AUTHOR_BEFORE);
            if (author != null) {
                String evidence = mention.text().substring(mention.beforeStart(author), mention.end());
                candidates.add(OutletCandidate.known(mention.outlet(), AUTHOR_LINE, evidence));
            }
        }
        return candidates;
    }

    /** "Mayor Asks Council for Funds" is a headline: a byline's words before "for" are a name, without verbs. */
    private static boolean verbBeforeFor(String line) {
        Matcher forWord = FOR.matcher(line);
        return VERB_LIKE.matcher(line).region(0, forWord.find() ? forWord.start() : line.length()).find();
    }

    private Optional<OutletCandidate> commaByline(String line) {
        Matcher by = BY_NAME_COMMA.matcher(line);
        if (by.matches()) {
            String name = by.group("outlet").strip();
            Optional<KnownOutlet> known = catalog.byName(name);
            if (known.isPresent()) {
                return Optional.of(OutletCandidate.known(known.get(), KNOWN_BYLINE, line));
            }
            return JOB_WORDS.matcher(name).find() || name.split("\\s+").length > 6
                    ? Optional.empty()
                    : Optional.of(OutletCandidate.unknown(Slugs.of(name.replaceFirst("^The\\s+", "")), name, null, UNKNOWN_BYLINE, line));
        }
        Matcher plain = NAME_COMMA.matcher(line);
        return plain.matches()
                ? catalog.byName(plain.group("outlet").strip()).map(known -> OutletCandidate.known(known, KNOWN_BYLINE, line))
                : Optional.empty();
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
