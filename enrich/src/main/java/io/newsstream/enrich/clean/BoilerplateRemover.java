package io.newsstream.enrich.clean;

import io.newsstream.enrich.data.DataFile;
import io.newsstream.enrich.data.DataLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Drops lines of web-page furniture (share buttons, comment prompts, breadcrumbs, photo credits) from article text. */
public final class BoilerplateRemover {

    public static final String BUNDLED_TABLE = "boilerplate.txt";

    private final List<String> exactLines;
    private final List<String> prefixes;
    private final List<Pattern> linePatterns;
    private final List<Pattern> trailingPatterns;

    private final MainTextFinder mainText;

    private BoilerplateRemover(List<String> exactLines, List<String> prefixes, List<Pattern> linePatterns,
                               List<Pattern> trailingPatterns, SectionHeaders headers) {
        this.mainText = new MainTextFinder(headers, this::isBoilerplate);
        this.exactLines = List.copyOf(exactLines);
        this.prefixes = List.copyOf(prefixes);
        this.linePatterns = List.copyOf(linePatterns);
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
                case "trailing" -> trailing.add(compile(line, "(?:" + text + ")$"));
                default -> throw line.error("unknown rule kind '" + fields.get(0) + "' (expected line, prefix, pattern or trailing)");
            }
        }
        return new BoilerplateRemover(exact, prefixes, patterns, trailing, headers);
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
        List<String> kept = new ArrayList<>();
        for (String line : LineJoiner.join(lines)) {
            String cleaned = withoutTrailingBoilerplate(line);
            if (!cleaned.isEmpty()) {
                kept.add(cleaned);
            }
        }
        return mainText.find(kept);
    }

    /** Whether the whole (trimmed) line is boilerplate. */
    public boolean isBoilerplate(String line) {
        String trimmed = line.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return exactLines.contains(lower)
                || prefixes.stream().anyMatch(lower::startsWith)
                || linePatterns.stream().anyMatch(pattern -> pattern.matcher(trimmed).matches());
    }

    /** The line with any boilerplate ending (such as a "Read Full Article at ..." footer) cut off. */
    String withoutTrailingBoilerplate(String line) {
        String result = line;
        for (Pattern pattern : trailingPatterns) {
            Matcher matcher = pattern.matcher(result);
            if (matcher.find()) {
                result = result.substring(0, matcher.start()).strip();
            }
        }
        return result;
    }
}
