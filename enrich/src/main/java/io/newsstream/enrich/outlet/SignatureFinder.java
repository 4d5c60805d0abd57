package io.newsstream.enrich.outlet;

import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the lines a site adds to its own articles: copyright lines ("Copyright NPR", "© 2024 The Guardian"),
 * newsletter and house lines ("Sign up for ... POLITICO's ...", "Subscribe to RNZ's ...", "DW's editors ...",
 * "Source: Al Jazeera and news agencies", "Le Monde with AFP"), a closing line that is just the outlet's name, and
 * "The X Editorial Board". Each names the publisher.
 */
final class SignatureFinder {

    static final double COPYRIGHT = 0.8;
    static final double HOUSE_LINE = 0.75;
    static final double NAME_LINE = 0.7;
    static final double UNKNOWN_EDITORIAL_BOARD = 0.55;
    static final double UNKNOWN_COPYRIGHT = 0.55;
    /** Signature lines close an article; a bare outlet name higher up is a heading or a quote. */
    private static final int CLOSING_LINES = 3;
    private static final String POSSESSIVE = "(?:'s|’s)";
    /** Fixed house lines that name their outlet without writing its name as the catalog has it. */
    private static final List<FixedLine> FIXED_LINES = List.of(
            new FixedLine(Pattern.compile("Our Standards:\\s*The Thomson Reuters Trust Principles\\.?"), "Reuters"));
    private static final String OUTLET_NAME = "(?<name>\\p{Lu}[\\p{L}\\p{N}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}.&'’-]*){0,5})";
    private static final Pattern EDITORIAL_BOARD = Pattern.compile(OUTLET_NAME + "\\s+Editorial\\s+Board\\.?");
    /**
     * "© 2024 Global Health Digest", "Copyright 2025 TechWire Today. All rights reserved.", "© Eurasia Observer 2025 |
     * tagline": a copyright line naming an outlet the catalog lacks.
     */
    private static final Pattern UNKNOWN_COPYRIGHT_LINE = Pattern.compile(
            "(?i:copyright|\\(c\\)|©)\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?" + OUTLET_NAME
                    + "(?:\\s*,?\\s*\\d{4})?\\s*(?:[.|,;].*)?");
    /** Words that end a copyright holder's name or show the holder is not an outlet. */
    private static final Pattern NOT_AN_OUTLET = Pattern.compile("(?i)\\b(?:all rights|reserved|inc|ltd|llc|plc|getty|images)\\b");
    private static final int MAX_COPYRIGHT_LINE = 160;

    private record FixedLine(Pattern pattern, String outlet) {
    }

    private static final String THE = "(?:[Tt]he\\s+)?";
    private static final Pattern COPYRIGHT_BEFORE = Pattern.compile(
            "^\\s*(?i:copyright|\\(c\\)|©)\\s*(?:©\\s*)?,?\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*,?\\s*)?" + THE + "$");
    private static final Pattern NEWSLETTER_BEFORE = Pattern.compile("^\\s*(?i:sign\\s+up\\s+for|subscribe\\s+to)\\b.{0,80}$");
    /** "POLITICO Europe's": an edition's name may follow the outlet's. */
    private static final Pattern POSSESSIVE_AFTER = Pattern.compile("(?:\\s+\\p{Lu}\\p{L}+){0,2}" + POSSESSIVE);
    private static final Pattern EDITORS_AFTER = Pattern.compile(POSSESSIVE + "\\s+editors\\b");
    private static final Pattern SOURCE_BEFORE = Pattern.compile("^\\s*(?i:source)\\s*:\\s*" + THE + "$");
    private static final Pattern AND_AGENCIES_AFTER = Pattern.compile("\\s+and\\s+(?:news\\s+)?agencies\\b");
    private static final Pattern NAME_LINE_BEFORE = Pattern.compile("^[-–—©\\s]*$");
    private static final Pattern NAME_LINE_AFTER = Pattern.compile("\\W*$");

    private final OutletCatalog catalog;

    SignatureFinder(OutletCatalog catalog) {
        this.catalog = catalog;
    }

    /**
     * @param scanned the text, photo credits removed, and the outlets it names
     * @param lines its non-blank lines, trimmed
     */
    List<OutletCandidate> find(MentionedText scanned, List<String> lines) {
        String text = scanned.text();
        List<OutletCandidate> candidates = new ArrayList<>();
        for (String line : lines) {
            for (FixedLine fixed : FIXED_LINES) {
                if (fixed.pattern().matcher(line).lookingAt()) {
                    catalog.byName(fixed.outlet()).ifPresent(known -> candidates.add(OutletCandidate.known(known, HOUSE_LINE, line)));
                }
            }
        }
        List<OutletMention> mentions = scanned.mentions();
        int closingStart = TextLines.startOfLast(text, CLOSING_LINES);
        for (OutletMention mention : mentions) {
            if (mention.before(COPYRIGHT_BEFORE) != null) {
                candidates.add(OutletCandidate.known(mention.outlet(), COPYRIGHT, mention.line()));
            } else if (isHouseLine(mention)) {
                candidates.add(OutletCandidate.known(mention.outlet(), HOUSE_LINE, mention.line()));
            } else if (lines.size() > 1 && mention.start() >= closingStart
                    && mention.before(NAME_LINE_BEFORE) != null && mention.after(NAME_LINE_AFTER) != null) {
                candidates.add(OutletCandidate.known(mention.outlet(), NAME_LINE, mention.line()));
            }
        }
        OutletWithAgency.find(mentions).ifPresent(line ->
                candidates.add(OutletCandidate.known(line.publisher().outlet(), HOUSE_LINE, line.publisher().line())));
        if (lines.size() > 1) {
            for (String line : TextLines.closing(lines, CLOSING_LINES)) {
                unknownCopyright(line).ifPresent(candidates::add);
                Matcher board = EDITORIAL_BOARD.matcher(line);
                if (board.matches()) {
                    String outlet = board.group("name");
                    candidates.add(catalog.byName(outlet)
                            .map(known -> OutletCandidate.known(known, HOUSE_LINE, line))
                            .orElseGet(() -> OutletCandidate.unknown(Slugs.of(outlet.replaceFirst("^The\\s+", "")), outlet,
                                    null, UNKNOWN_EDITORIAL_BOARD, line)));
                }
            }
        }
        return candidates;
    }

    /** A closing copyright line whose holder the catalog does not list (a listed one is found as a mention). */
    private Optional<OutletCandidate> unknownCopyright(String line) {
        if (line.length() > MAX_COPYRIGHT_LINE) {
            return Optional.empty();
        }
        Matcher copyright = UNKNOWN_COPYRIGHT_LINE.matcher(line);
        if (!copyright.matches()) {
            return Optional.empty();
        }
        String name = copyright.group("name").replaceFirst("[.]$", "");
        if (NOT_AN_OUTLET.matcher(name).find() || catalog.byName(name).isPresent() || !catalog.mentions(line).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(OutletCandidate.unknown(Slugs.of(name.replaceFirst("^The\\s+", "")), name, null,
                UNKNOWN_COPYRIGHT, line));
    }

    private static boolean isHouseLine(OutletMention mention) {
        return mention.before(NEWSLETTER_BEFORE) != null && mention.after(POSSESSIVE_AFTER) != null
                || mention.startsLine() && mention.after(EDITORS_AFTER) != null
                || mention.before(SOURCE_BEFORE) != null && mention.after(AND_AGENCIES_AFTER) != null;
    }
}
