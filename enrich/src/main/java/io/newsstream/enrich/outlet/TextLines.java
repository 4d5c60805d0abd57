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

    /** The offset just past the first {@code count} non-blank lines of {@code text}. */
    static int endOfFirst(String text, int count) {
        int lines = 0;
        int position = 0;
        while (position < text.length() && lines < count) {
            int newline = text.indexOf('\n', position);
            int end = newline < 0 ? text.length() : newline;
            if (!text.substring(position, end).isBlank()) {
                lines++;
            }
            position = newline < 0 ? text.length() : newline + 1;
        }
        return position;
    }

    /** The offset where the last {@code count} non-blank lines of {@code text} begin (0 if it has fewer). */
    static int startOfLast(String text, int count) {
        int lines = 0;
        int end = text.length();
        while (end > 0) {
            int newline = text.lastIndexOf('\n', end - 1);
            if (!text.substring(newline + 1, end).isBlank() && ++lines == count) {
                return newline + 1;
            }
            if (newline < 0) {
                break;
            }
            end = newline;
        }
        return 0;
    }
}
