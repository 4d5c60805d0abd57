package io.newsstream.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts text into words and single punctuation marks, case kept, for the name tagger (training and run time alike).
 * Hyphens, apostrophes and dots inside a word keep it whole ("Jean-Noël", "O'Brien", "U.S."), but a possessive
 * "'s" is its own token so "Obama's" yields the name "Obama"; an abbreviation keeps its final dot ("Mr.", "U.S.").
 */
public final class Tokenizer {

    /** Words whose following dot belongs to them rather than ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "Mr", "Mrs", "Ms", "Dr", "Jr", "Sr", "St", "Mt", "Ft", "Inc", "Corp", "Ltd", "Co", "Bros", "Gen", "Lt",
            "Col", "Maj", "Capt", "Sgt", "Sen", "Rep", "Gov", "Prof", "Rev", "Adm", "Cmdr", "Messrs", "No", "vs",
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec");

    /** One string per ASCII character, made once: punctuation marks are about a fifth of the tokens. */
    private static final String[] ASCII_MARKS = new String[128];

    static {
        for (char c = 0; c < ASCII_MARKS.length; c++) {
            ASCII_MARKS[c] = String.valueOf(c);
        }
    }

    private Tokenizer() {
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i = wordEnd(text, i + 1);
                if (i < n && text.charAt(i) == '.' && keepsDot(text, start, i)) {
                    i++;
                }
                tokens.add(new Token(text.substring(start, i), start, i));
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (isApostrophe(c) && isPossessive(text, i)) {
                tokens.add(new Token(text.substring(i, i + 2), i, i + 2));
                i += 2;
            } else {
                tokens.add(new Token(c < ASCII_MARKS.length ? ASCII_MARKS[c] : String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return tokens;
    }

    private static int wordEnd(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
                i++;
            } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                    && !(isApostrophe(c) && isPossessive(text, i))) {
                i += 2;
            } else {
                break;
            }
        }
        return i;
    }

    private static boolean keepsDot(String text, int start, int end) {
        String word = text.substring(start, end);
        return word.indexOf('.') > 0 // U.S, a.m
                || end - start == 1 && Character.isUpperCase(text.charAt(start)) // an initial: J. K. Rowling
                || ABBREVIATIONS.contains(word);
    }

    /** "'s" closing a word: "Obama's", not "it's" inside a longer word such as "o'sullivan". */
    private static boolean isPossessive(String text, int apostrophe) {
        int n = text.length();
        return apostrophe > 0 && Character.isLetterOrDigit(text.charAt(apostrophe - 1))
                && apostrophe + 1 < n && (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')
                && (apostrophe + 2 == n || !Character.isLetterOrDigit(text.charAt(apostrophe + 2)));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    private static boolean isJoiner(char c) {
        return isApostrophe(c) || c == '-' || c == '.' || c == '&';
    }
}
