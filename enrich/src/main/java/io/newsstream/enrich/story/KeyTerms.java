package io.newsstream.enrich.story;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words that say what a story is about: the body's most frequent words written in lower case (capitalised ones
 * are names, which the entity step already gives), four letters or more, not in the bundled list of common words of
 * the article's language; a word of the headline counts three times. A language without a list has no key terms
 * (its articles join stories only as copies), since its function words would pass for key terms.
 */
public final class KeyTerms {

    /** The languages with a list of common words, {@code common-words-LANG.txt}. */
    private static final Map<String, Set<String>> COMMON = Map.of("en", load("en"), "de", load("de"));
    private static final int HEADLINE_WEIGHT = 3;

    private KeyTerms() {
    }

    /** @param language the article's language (a missing one is read as English, the default of enrichment) */
    public static List<String> of(String language, String title, String body, int count) {
        Set<String> common = COMMON.get(language == null ? "en" : language.toLowerCase(Locale.ROOT));
        if (common == null) {
            return List.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words(body)) {
            if (isLowerCase(word)) {
                counts.merge(word, 1, Integer::sum);
            }
        }
        if (title != null) {
            for (String word : words(title)) {
                counts.computeIfPresent(word.toLowerCase(Locale.ROOT), (w, n) -> n + HEADLINE_WEIGHT);
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getKey().length() >= 4 && !common.contains(e.getKey()))
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(count)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The runs of letters in a text (a scan rather than a regex split: this runs on every article's body). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                if (start >= 0) {
                    words.add(text.substring(start, i));
                    start = -1;
                }
            } else if (start < 0) {
                start = i;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(text.substring(start));
        }
        return words;
    }

    private static boolean isLowerCase(String word) {
        return word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String language) {
        Set<String> words = new HashSet<>();
        try (InputStream in = KeyTerms.class.getResourceAsStream("common-words-" + language + ".txt");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.startsWith("#"))
                    .forEach(line -> words.addAll(List.of(line.split("\\s+"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.remove("");
        return Set.copyOf(words);
    }
}
