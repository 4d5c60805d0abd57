package io.newsstream.enrich.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * Rejoins the lines a scraper broke inside one block of a page (a headline over two lines, a Japanese sentence cut
 * at a ruby annotation, a date and its time): in a text whose blocks are separated by blank lines, a line that does
 * not end like a sentence is joined to the next line of its block when that one plainly continues it. Blank lines
 * are dropped, and every line comes out stripped.
 */
final class LineJoiner {

    private LineJoiner() {
    }

    static List<String> join(List<String> lines) {
        boolean blocks = lines.stream().anyMatch(String::isBlank);
        List<String> joined = new ArrayList<>(lines.size());
        StringBuilder current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(joined, current);
                current = null;
                continue;
            }
            if (current != null && blocks && continues(current, line)) {
                boolean tight = LineShape.isIdeographic(current.codePointBefore(current.length()))
                        || LineShape.isIdeographic(line.codePointAt(0)) || isClosingPunctuation(line.charAt(0));
                current.append(tight ? "" : " ").append(line);
                continue;
            }
            flush(joined, current);
            current = new StringBuilder(line);
        }
        flush(joined, current);
        return joined;
    }

    /** Whether {@code next} continues the block read so far (read in place: a block can be long). */
    private static boolean continues(StringBuilder before, String next) {
        if (LineShape.endsLikeSentence(before)) {
            return false;
        }
        char last = before.charAt(before.length() - 1);
        int first = next.codePointAt(0);
        return Character.isLowerCase(first) || isClosingPunctuation(next.charAt(0))
                || last == ':' || last == ',' || last == '\u3001' || last == '\uFF0C'
                || LineShape.isIdeographic(before.codePointBefore(before.length())) && LineShape.isIdeographic(first);
    }

    private static boolean isClosingPunctuation(char c) {
        return c == ',' || c == ';' || c == '.' || c == ')' || c == '\u3001' || c == '\u3002' || c == '\uFF09';
    }

    private static void flush(List<String> joined, StringBuilder current) {
        if (current != null) {
            joined.add(current.toString());
        }
    }
}
