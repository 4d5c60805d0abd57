package io.newsstream.enrich.outlet;

import java.util.List;

/** The non-blank lines of a text, trimmed: bylines and signatures are looked for among the first and last few. */
final class TextLines {

    private TextLines() {
    }

    static List<String> of(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static List<String> first(List<String> lines, int count) {
        return lines.subList(0, Math.min(count, lines.size()));
    }

    /** The last {@code count} lines, never including the first line, where a headline sits. */
    static List<String> closing(List<String> lines, int count) {
        return lines.subList(Math.min(lines.size(), Math.max(1, lines.size() - count)), lines.size());
    }
}
