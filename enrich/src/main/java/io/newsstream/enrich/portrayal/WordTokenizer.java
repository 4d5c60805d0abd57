package io.newsstream.enrich.portrayal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a sentence into lower-cased words and single punctuation marks, keeping each token's character range so a
 * mention given by offsets can be found among the tokens. Public for lab's word-vector tools, which must split words alike.
 */
public final class WordTokenizer {

    /** A token: its normalised text and where it sits in the sentence. */
    public record Token(String text, int start, int end, boolean capitalised) {
    }

    static final String QUOTE = "\"";
    static final String NUMBER = "<num>";

    private WordTokenizer() {
    }

    public static List<Token> tokenize(String sentence) {
        List<Token> tokens = new ArrayList<>(sentence.length() / 5 + 4);
        int i = 0;
        int n = sentence.length();
        while (i < n) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i++;
                // Apostrophes, hyphens and dots inside a word keep it whole: don't, well-known, U.S.
                while (i < n && (Character.isLetterOrDigit(sentence.charAt(i))
                        || isJoiner(sentence.charAt(i)) && i + 1 < n && Character.isLetterOrDigit(sentence.charAt(i + 1)))) {
                    i++;
                }
                tokens.add(new Token(normalise(sentence.substring(start, i)), start, i, Character.isUpperCase(c)));
            } else if (!Character.isWhitespace(c)) {
                tokens.add(new Token(isQuote(c) ? QUOTE : String.valueOf(c), i, i + 1, false));
                i++;
            } else {
                i++;
            }
        }
        return tokens;
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    private static String normalise(String word) {
        if (Character.isDigit(word.charAt(0))) {
            return NUMBER;
        }
        return word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
