package io.newsstream.enrich.outlet;

import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
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
    /** Signature lines close an article; a bare outlet name higher up is a heading or a quote. */
    private static final int CLOSING_LINES = 3;
    private static final String POSSESSIVE = "(?:'s|’s)";
    /** Fixed house lines that name their outlet without writing its name as the catalog has it. */
    private static final List<FixedLine> FIXED_LINES = List.of(
            new FixedLine(Pattern.compile("Our Standards:\\s*The Thomson Reuters Trust Principles\\.?"), "Reuters"));
    private static final Pattern EDITORIAL_BOARD =
            Pattern.compile("(?:The\\s+)?(?<name>\\p{Lu}[\\p{L}.&'’-]*(?:\\s+\\p{Lu}[\\p{L}.&'’-]*){0,5})\\s+Editorial\\s+Board\\.?");

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
     * @param text the text, photo credits removed
     * @param lines its non-blank lines, trimmed
     */
    List<OutletCandidate> find(String text, List<String> lines) {
        List<OutletCandidate> candidates = new ArrayList<>();
        for (String line : lines) {
            for (FixedLine fixed : FIXED_LINES) {
                if (fixed.pattern().matcher(line).lookingAt()) {
                    catalog.byName(fixed.outlet()).ifPresent(known -> candidates.add(OutletCandidate.known(known, HOUSE_LINE, line)));
                }
            }
        }
        List<OutletMention> mentions = catalog.mentions(text);
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
                Matcher board = EDITORIAL_BOARD.matcher(line);
                if (board.matches()) {
                    String outlet = board.group("name");
                    candidates.add(catalog.byName(outlet)
                            .map(known -> OutletCandidate.known(known, HOUSE_LINE, line))
                            .orElseGet(() -> OutletCandidate.unknown(Slugs.of(outlet), outlet, null, UNKNOWN_EDITORIAL_BOARD, line)));
                }
            }
        }
        return candidates;
    }

    private static boolean isHouseLine(OutletMention mention) {
        return mention.before(NEWSLETTER_BEFORE) != null && mention.after(POSSESSIVE_AFTER) != null
                || mention.startsLine() && mention.after(EDITORS_AFTER) != null
                || mention.before(SOURCE_BEFORE) != null && mention.after(AND_AGENCIES_AFTER) != null;
    }

    private void known(String name, double confidence, String line, List<OutletCandidate> candidates) {
        catalog.byName(name).ifPresent(known -> candidates.add(OutletCandidate.known(known, confidence, line)));
    }
}
