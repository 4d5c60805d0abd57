package io.newsstream.lab.entities;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One name of the gold labels: its acceptable spellings ({@code |} between them in the data) and whether the labeller
 * was unsure of it (a trailing {@code ?}). An unsure name is neither a miss when absent nor a false label when found.
 */
record GoldName(List<String> spellings, boolean uncertain) {

    GoldName {
        spellings = List.copyOf(spellings);
    }

    static GoldName parse(String label) {
        String text = label.strip();
        boolean uncertain = text.endsWith("?");
        if (uncertain) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return new GoldName(Arrays.stream(text.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                uncertain);
    }

    /** True when {@code name} is one of the spellings, ignoring case, accents, punctuation and a leading "the". */
    boolean matches(String name) {
        String key = key(name);
        return !key.isEmpty() && spellings.stream().anyMatch(spelling -> key(spelling).equals(key));
    }

    static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    @Override
    public String toString() {
        return String.join("|", spellings) + (uncertain ? "?" : "");
    }
}
