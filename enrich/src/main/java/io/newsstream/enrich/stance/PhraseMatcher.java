package io.newsstream.enrich.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases of words in {@link Tokens}: case-insensitive, whole words, a word ending in {@code *} matches any word
 * it starts ("negotiat*" matches "negotiations"). Every match is reported, overlapping or not. Immutable once built.
 *
 * @param <T> what each phrase stands for
 */
final class PhraseMatcher<T> {

    /** A phrase found at tokens {@code [start, end)}. */
    record Match<T>(int start, int end, T value) {
    }

    private record Phrase<T>(String[] words, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    private final List<Phrase<T>> byFirstPrefix = new ArrayList<>();

    /** Adds a phrase; a word may end in {@code *} to match any word starting with it. */
    void add(String phrase, T value) {
        List<String> words = new ArrayList<>();
        for (String part : phrase.strip().split("\\s+")) {
            boolean prefix = part.endsWith("*");
            Tokens tokens = Tokens.of(prefix ? part.substring(0, part.length() - 1) : part);
            for (int k = 0; k < tokens.size(); k++) {
                words.add(prefix && k == tokens.size() - 1 ? tokens.word(k) + "*" : tokens.word(k));
            }
        }
        if (words.isEmpty() || words.get(0).equals("*")) {
            throw new IllegalArgumentException("phrase '" + phrase + "' has no words");
        }
        Phrase<T> entry = new Phrase<>(words.toArray(String[]::new), value);
        if (entry.words()[0].endsWith("*")) {
            byFirstPrefix.add(entry);
        } else {
            byFirstWord.computeIfAbsent(entry.words()[0], w -> new ArrayList<>()).add(entry);
        }
    }

    /** Every phrase occurrence in tokens {@code [from, to)}, in order of start. */
    List<Match<T>> find(Tokens tokens, int from, int to) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!tokens.isWord(i)) {
                continue;
            }
            List<Phrase<T>> candidates = byFirstWord.get(tokens.word(i));
            if (candidates != null) {
                for (Phrase<T> phrase : candidates) {
                    addIfMatches(tokens, i, to, phrase, matches);
                }
            }
            for (Phrase<T> phrase : byFirstPrefix) {
                addIfMatches(tokens, i, to, phrase, matches);
            }
        }
        return matches;
    }

    private static <T> void addIfMatches(Tokens tokens, int start, int to, Phrase<T> phrase, List<Match<T>> matches) {
        String[] words = phrase.words();
        if (start + words.length > to) {
            return;
        }
        for (int k = 0; k < words.length; k++) {
            if (!wordMatches(words[k], tokens.word(start + k))) {
                return;
            }
        }
        matches.add(new Match<>(start, start + words.length, phrase.value()));
    }

    private static boolean wordMatches(String pattern, String word) {
        if (pattern.endsWith("*")) {
            return word.length() >= pattern.length() - 1 && word.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(word);
    }
}
