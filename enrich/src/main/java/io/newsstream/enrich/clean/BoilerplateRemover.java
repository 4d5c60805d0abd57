package io.newsstream.enrich.clean;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Drops lines of web-page furniture (share buttons, comment prompts, breadcrumbs, photo credits) from article text. */
public final class BoilerplateRemover {

    public static final String BUNDLED_TABLE = "boilerplate.txt";

    /** An ending rule reads this much of a line's end, so a long line costs no more than a short one. */
    private static final int ENDING_WINDOW = 160;
    /** Longer lines are paragraphs, whatever they match or end with: no pattern or ending rule is tried on them. */
    private static final int MAX_RULE_LINE = 500;

    private final Set<String> exactLines;
    private final int longestExactLine;
    private final int longestPrefix;
    private final Pattern linePattern;
    private final Pattern endingPattern;
    private final List<String> prefixes;
    private final List<Pattern> trailingPatterns;

    private final MainTextFinder mainText;

    private BoilerplateRemover(List<String> exactLines, List<String> prefixes, List<Pattern> linePatterns,
                               List<Pattern> endingPatterns, List<Pattern> trailingPatterns, SectionHeaders headers) {
        this.mainText = new MainTextFinder(headers);
        this.exactLines = Set.copyOf(exactLines);
        this.longestExactLine = exactLines.stream().mapToInt(String::length).max().orElse(0);
        // One alternation per kind: a line is tried with one matcher instead of one per rule.
        this.linePattern = anyOf(linePatterns);
        this.endingPattern = anyOf(endingPatterns);
        this.prefixes = List.copyOf(prefixes);
        this.longestPrefix = prefixes.stream().mapToInt(String::length).max().orElse(0);
        this.trailingPatterns = List.copyOf(trailingPatterns);
    }

    /** The remover built from the bundled {@code boilerplate.txt}. */
    public static BoilerplateRemover bundled() {
        return fromTables(DataFile.readResource(BoilerplateRemover.class, BUNDLED_TABLE), SectionHeaders.bundled());
    }

    /** Builds a remover from table lines in the {@code boilerplate.txt} format (see its header). */
    public static BoilerplateRemover fromTable(List<DataLine> table) {
        return fromTables(table, SectionHeaders.bundled());
    }

    /** Builds a remover from a {@code boilerplate.txt} table and the section headers that open link blocks. */
    public static BoilerplateRemover fromTables(List<DataLine> table, SectionHeaders headers) {
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<Pattern> patterns = new ArrayList<>();
        List<Pattern> endings = new ArrayList<>();
        List<Pattern> trailing = new ArrayList<>();
        for (DataLine line : table) {
            List<String> fields = line.fields(2, 2);
            String text = fields.get(1);
            if (text.isEmpty()) {
                throw line.error("rule text is empty");
            }
            switch (fields.get(0)) {
                case "line" -> exact.add(text.toLowerCase(Locale.ROOT));
                case "prefix" -> prefixes.add(text.toLowerCase(Locale.ROOT));
                case "pattern" -> patterns.add(compile(line, text));
                case "ending" -> endings.add(compile(line, "(?:" + text + ")$"));
                case "trailing" -> trailing.add(compile(line, "(?:" + text + ")$"));
                default -> throw line.error("unknown rule kind '" + fields.get(0)
                        + "' (expected line, prefix, pattern, ending or trailing)");
            }
        }
        return new BoilerplateRemover(exact, prefixes, patterns, endings, trailing, headers);
    }

    private static Pattern compile(DataLine line, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw line.error("invalid regular expression: " + e.getDescription());
        }
    }

    /**
     * The headline (when one is found) and the article's lines: boilerplate endings are cut, boilerplate lines and
     * blank lines dropped, and of a scraped page only the article is kept (see {@link MainTextFinder}).
     */
    public List<String> clean(List<String> lines) {
        TextRules rules = new TextRules();
        List<String> kept = new ArrayList<>();
        for (String line : LineJoiner.join(lines)) {
            String cleaned = rules.withoutTrailingBoilerplate(line);
            if (!cleaned.isEmpty()) {
                kept.add(cleaned);
            }
        }
        return mainText.find(kept, rules::isBoilerplate);
    }

    /** Whether the whole (trimmed) line is boilerplate. */
    public boolean isBoilerplate(String line) {
        return new TextRules().isBoilerplate(line);
    }

    /**
     * The rules as one text applies them, line after line: a matcher of many rules is costly to make, so each is made
     * once per text and reset for every line. Not for use by two threads.
     */
    private final class TextRules {

        private final Matcher line = linePattern == null ? null : linePattern.matcher("");
        private final Matcher ending = endingPattern == null ? null : endingPattern.matcher("");
        private final List<Matcher> trailing = trailingPatterns.stream().map(pattern -> pattern.matcher("")).toList();

        boolean isBoilerplate(String text) {
            String trimmed = text.strip();
            // A paragraph is never lower-cased whole, nor hashed, just to learn it is longer than every table line:
            // the prefixes need only its opening (one character more, so a context-dependent letter stays right).
            boolean mayBeExact = trimmed.length() <= longestExactLine;
            String lower = (mayBeExact ? trimmed : trimmed.substring(0, Math.min(trimmed.length(), longestPrefix + 1)))
                    .toLowerCase(Locale.ROOT);
            if (mayBeExact && exactLines.contains(lower)) {
                return true;
            }
            for (String prefix : prefixes) {
                if (lower.startsWith(prefix)) {
                    return true;
                }
            }
            if (trimmed.length() > MAX_RULE_LINE) {
                return false;
            }
            if (line != null && line.reset(trimmed).matches()) {
                return true;
            }
            return !LineShape.endsLikeSentence(trimmed) && endsInBoilerplate(trimmed);
        }

        private boolean endsInBoilerplate(String text) {
            return ending != null
                    && ending.reset(text).region(Math.max(0, text.length() - ENDING_WINDOW), text.length()).find();
        }

        /** The line with any boilerplate ending (such as a "Read Full Article at ..." footer) cut off. */
        String withoutTrailingBoilerplate(String text) {
            String result = text;
            for (Matcher matcher : trailing) {
                matcher.reset(result).region(Math.max(0, result.length() - ENDING_WINDOW), result.length());
                if (matcher.find()) {
                    result = result.substring(0, matcher.start()).strip();
                }
            }
            return result;
        }
    }

    /** The patterns as one alternation (each keeps its own flags, which end with its group); null for none. */
    private static Pattern anyOf(List<Pattern> patterns) {
        if (patterns.isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (Pattern pattern : patterns) {
            regex.append(regex.isEmpty() ? "" : "|").append("(?:").append(pattern.pattern()).append(')');
        }
        return Pattern.compile(regex.toString());
    }

}
