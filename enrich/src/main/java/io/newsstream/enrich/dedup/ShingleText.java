package io.newsstream.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The words of a body as near-duplicate detection compares them: Unicode-compatible forms, lower case, typographic
 * quotes and dashes folded into plain ones and punctuation dropped, numbers kept (a changed figure is a real edit).
 */
public final class ShingleText {

    private ShingleText() {
    }

    public static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                word.appendCodePoint(c);
            } else if (isInWordMark(c) && word.length() > 0) {
                // "don't" and "don’t", "3.5" and "3,5" stay one word whatever the quote or separator.
                continue;
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isInWordMark(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc';
    }
}
