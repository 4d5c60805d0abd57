package io.newsstream.enrich.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /**
     * A phrase's words, lower-cased; {@code prefixes[k]} marks a word that matches any word starting with it (its
     * {@code *} already removed, so matching builds no string).
     */
    private record Phrase<T>(String[] words, boolean[] prefixes, T value) {
    }

    private final Map<String, List<Phrase<T>>> byFirstWord = new HashMap<>();
    /**
     * Phrases opening with a prefix word, by the prefix's first letter: most words try none of them. ASCII letters
     * index an array, read for every token without a map lookup; other letters go to the map.
     */
    @SuppressWarnings("unchecked")
    private final List<Phrase<T>>[] byFirstAsciiPrefix = new List[128];
    private final Map<Character, List<Phrase<T>>> byFirstPrefix = new HashMap<>();
    /** Every whole word of the phrases (not the prefixes). */
    private final Set<String> wholeWords = new HashSet<>();

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
        String[] stems = new String[words.size()];
        boolean[] prefixes = new boolean[words.size()];
        for (int k = 0; k < stems.length; k++) {
            String word = words.get(k);
            prefixes[k] = word.endsWith("*");
            stems[k] = prefixes[k] ? word.substring(0, word.length() - 1) : word;
        }
        for (int k = 0; k < stems.length; k++) {
            if (!prefixes[k]) {
                wholeWords.add(stems[k]);
            }
        }
        Phrase<T> entry = new Phrase<>(stems, prefixes, value);
        char first = stems[0].charAt(0);
        if (prefixes[0] && first < byFirstAsciiPrefix.length) {
            if (byFirstAsciiPrefix[first] == null) {
                byFirstAsciiPrefix[first] = new ArrayList<>();
            }
            byFirstAsciiPrefix[first].add(entry);
        } else if (prefixes[0]) {
            byFirstPrefix.computeIfAbsent(first, c -> new ArrayList<>()).add(entry);
        } else {
            byFirstWord.computeIfAbsent(entry.words()[0], w -> new ArrayList<>()).add(entry);
        }
    }

    /** The whole words of every phrase added: words a text is likely to hold (see {@link KnownWords}). */
    Set<String> wholeWords() {
        return Collections.unmodifiableSet(wholeWords);
    }

    /** Every phrase occurrence in tokens {@code [from, to)}, in order of start. */
    List<Match<T>> find(Tokens tokens, int from, int to) {
        List<Match<T>> matches = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!tokens.isWord(i)) {
                continue;
            }
            String word = tokens.word(i);
            addMatches(tokens, i, to, byFirstWord.get(word), matches);
            char first = word.charAt(0);
            addMatches(tokens, i, to, first < byFirstAsciiPrefix.length ? byFirstAsciiPrefix[first]
                    : byFirstPrefix.get(first), matches);
        }
        return matches;
    }

    /** Indexed, not iterated: an iterator per token was a fifth of this step's garbage. */
    private static <T> void addMatches(Tokens tokens, int start, int to, List<Phrase<T>> candidates,
                                       List<Match<T>> matches) {
        if (candidates == null) {
            return;
        }
        for (int c = 0; c < candidates.size(); c++) {
            addIfMatches(tokens, start, to, candidates.get(c), matches);
        }
    }

    private static <T> void addIfMatches(Tokens tokens, int start, int to, Phrase<T> phrase, List<Match<T>> matches) {
        String[] words = phrase.words();
        if (start + words.length > to) {
            return;
        }
        for (int k = 0; k < words.length; k++) {
            String word = tokens.word(start + k);
            if (phrase.prefixes()[k] ? !word.startsWith(words[k]) : !words[k].equals(word)) {
                return;
            }
        }
        matches.add(new Match<>(start, start + words.length, phrase.value()));
    }
}
