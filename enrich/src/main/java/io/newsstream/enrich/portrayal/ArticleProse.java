package io.newsstream.enrich.portrayal;

import io.newsstream.enrich.text.Sentence;

/**
 * Whether a sentence is the article's running prose. A line of the body that stands alone and ends without a full stop,
 * question or exclamation mark, past the first paragraph (a standfirst), is a caption, a credit, a subhead, a list item
 * or a related-article link: not a statement of the article about anyone.
 */
final class ArticleProse {

    private ArticleProse() {
    }

    static boolean isProse(String body, Sentence sentence) {
        boolean wholeLine = blankToLineBreak(body, sentence.start() - 1, -1) && blankToLineBreak(body, sentence.end(), 1);
        if (!wholeLine || body.lastIndexOf('\n', sentence.start()) < 0) {
            return true; // within a paragraph, or the first one
        }
        String text = sentence.text();
        int last = text.length() - 1;
        while (last > 0 && isCloser(text.charAt(last))) {
            last--;
        }
        char end = text.charAt(last);
        return end == '.' || end == '!' || end == '?' || end == '\u2026';
    }

    /**
     * Whether only spaces lie between {@code at} and a line break or an end of the body, walking by {@code step} (-1
     * towards the start, +1 towards the end).
     */
    private static boolean blankToLineBreak(String body, int at, int step) {
        for (int i = at; i >= 0 && i < body.length(); i += step) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloser(char c) {
        return WordTokenizer.isQuote(c) || c == '\u2019' || c == ')' || c == ']';
    }
}
