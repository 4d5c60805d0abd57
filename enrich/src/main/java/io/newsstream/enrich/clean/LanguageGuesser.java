package io.newsstream.enrich.clean;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the language of a text cheaply: the writing system for non-Latin scripts, else which language's common
 * short words ("the", "und", "les") occur most. Good enough to tell an English article from a French one, not more.
 */
public final class LanguageGuesser {

    /** ISO 639 "undetermined": too little text, or no language stands out. */
    public static final String UNDETERMINED = "und";
    /** The first few thousand characters say as much as the whole article. */
    private static final int SAMPLE_CHARS = 5000;
    /** Share of letters in one script above which the text is taken to be written in it. */
    private static final double SCRIPT_SHARE = 0.3;

    private static final Map<String, Set<String>> STOP_WORDS = new LinkedHashMap<>();

    static {
        STOP_WORDS.put("en", Set.of("the", "and", "of", "to", "is", "that", "it", "for", "was", "with", "are", "have",
                "this", "by", "not", "but", "from", "has", "said", "he", "she", "they", "will", "would", "were", "which"));
        STOP_WORDS.put("fr", Set.of("le", "les", "des", "est", "et", "une", "du", "dans", "qui", "pour", "pas", "sur",
                "au", "avec", "ce", "il", "elle", "sont", "ont", "été", "leur", "aux", "mais"));
        STOP_WORDS.put("de", Set.of("der", "die", "das", "und", "ist", "nicht", "ein", "eine", "zu", "den", "von", "mit",
                "sich", "des", "auf", "für", "im", "dem", "auch", "wird", "sind", "hat", "wurde"));
        STOP_WORDS.put("es", Set.of("el", "los", "las", "y", "que", "en", "es", "una", "por", "con", "para", "del", "se",
                "su", "al", "lo", "como", "más", "pero", "fue", "está"));
        STOP_WORDS.put("it", Set.of("il", "gli", "di", "che", "è", "per", "non", "della", "sono", "anche", "nel", "alla",
                "ha", "questo", "degli", "delle", "più"));
        STOP_WORDS.put("pt", Set.of("os", "do", "da", "em", "um", "uma", "não", "no", "na", "mais", "dos", "das", "foi",
                "são", "ao", "também", "pelo", "pela"));
        STOP_WORDS.put("nl", Set.of("het", "een", "van", "dat", "niet", "op", "zijn", "voor", "ook", "aan", "er", "door",
                "wordt", "naar", "bij", "werd", "heeft"));
    }

    public String guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        String byScript = byScript(sample);
        return byScript != null ? byScript : byStopWords(sample);
    }

    private static String byScript(String sample) {
        Map<Character.UnicodeScript, Integer> counts = new HashMap<>();
        int letters = 0;
        boolean ukrainianLetters = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                counts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
                ukrainianLetters |= "іїєґІЇЄҐ".indexOf(c) >= 0;
            }
        }
        if (letters == 0) {
            return null;
        }
        for (Map.Entry<Character.UnicodeScript, Integer> entry : counts.entrySet()) {
            if (entry.getValue() > SCRIPT_SHARE * letters) {
                String language = switch (entry.getKey()) {
                    case CYRILLIC -> ukrainianLetters ? "uk" : "ru";
                    case ARABIC -> "ar";
                    case HIRAGANA, KATAKANA -> "ja";
                    case HAN -> counts.containsKey(Character.UnicodeScript.HIRAGANA) ? "ja" : "zh";
                    case HANGUL -> "ko";
                    case GREEK -> "el";
                    case HEBREW -> "he";
                    default -> null;
                };
                if (language != null) {
                    return language;
                }
            }
        }
        return null;
    }

    private static String byStopWords(String sample) {
        Map<String, Integer> hits = new HashMap<>();
        for (String word : words(sample)) {
            STOP_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                best = entry.getKey();
                bestHits = entry.getValue();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        // A tie says nothing: Spanish and Portuguese share many short words.
        return bestHits > secondHits ? best : UNDETERMINED;
    }

    private static List<String> words(String sample) {
        return List.of(sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"));
    }
}
