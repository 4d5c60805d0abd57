package io.newsstream.enrich.portrayal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the sentences of an article body as character ranges. Deliberately simple (line breaks, and a full stop,
 * question or exclamation mark followed by a capital, unless the word before is a known abbreviation or an initial)
 * and private to this package until enrich has one shared sentence splitter.
 */
final class SentenceBounds {

    /** A sentence: {@code [start, end)} in the body. */
    record Bound(int start, int end) {
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "gen", "sen", "rep",
            "gov", "lt", "col", "sgt", "capt", "jr", "sr", "rev", "u.s", "u.k", "u.n", "e.g", "i.e", "vs", "inc",
            "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "mt", "ft");

    private SentenceBounds() {
    }

    static List<Bound> of(String text) {
        List<Bound> bounds = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(text, start, i, bounds);
                start = i + 1;
            } else if ((c == '.' || c == '?' || c == '!') && endsSentence(text, i)) {
                int end = i + 1;
                // Closing quotes and brackets belong to the sentence they close.
                while (end < n && (WordTokenizer.isQuote(text.charAt(end)) || text.charAt(end) == '\u2019'
                        || text.charAt(end) == ')')) {
                    end++;
                }
                add(text, start, end, bounds);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, n, bounds);
        return bounds;
    }

    private static boolean endsSentence(String text, int at) {
        int next = at + 1;
        while (next < text.length() && (WordTokenizer.isQuote(text.charAt(next)) || text.charAt(next) == '\u2019'
                || text.charAt(next) == ')')) {
            next++;
        }
        if (next >= text.length() || text.charAt(next) != ' ') {
            return next >= text.length();
        }
        while (next < text.length() && text.charAt(next) == ' ') {
            next++;
        }
        if (next >= text.length()) {
            return true;
        }
        char first = text.charAt(next);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || WordTokenizer.isQuote(first))) {
            return false;
        }
        if (text.charAt(at) != '.') {
            return true;
        }
        int wordStart = at;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, at).toLowerCase(java.util.Locale.ROOT);
        boolean initial = word.length() == 1 && Character.isUpperCase(text.charAt(wordStart));
        return !initial && !ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<Bound> bounds) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            bounds.add(new Bound(start, end));
        }
    }
}
