package io.newsstream.enrich.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits news prose into sentences with offsets into the text, in one pass and without regular expressions.
 *
 * <p>A line break always ends a sentence (the enriched body joins paragraphs with a blank line). Otherwise a sentence
 * ends at {@code . ! ?} or an ellipsis, together with any closing quotes or brackets after it, when whitespace and a
 * capital, a digit or an opening quote follow. Full stops that news copy uses inside sentences do not end one:
 * titles ("Gen.", "Sen.", "Mr."), initials ("J. R. R."), months and "No." before a number ("Jan. 5", "No. 10"), and
 * dotted abbreviations ("U.S.", "a.m.") unless the next word is a usual sentence opener ("... in the U.S. The ...").
 * A stop or a question mark followed by a lower-case word never ends a sentence ("'Why?' she asked.").
 */
public final class SentenceSplitter {

    /** Abbreviations placed before a name: a stop after them never ends a sentence. */
    private static final Set<String> TITLES = Set.of(
            "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt", "Cpl",
            "Pvt", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Amb", "Atty", "Supt", "Insp", "Det", "Rev",
            "Hon", "Fr", "Sr", "Jr", "St", "Mt", "Ft", "Brig", "Gens", "Cdr", "Ave", "vs", "Vs");
    /** Abbreviations a stop ends only when no number follows ("Jan. 5", "No. 10", "Art. 5"). */
    private static final Set<String> BEFORE_NUMBERS = Set.of(
            "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Nos", "Art",
            "Vol", "Fig", "p", "pp", "para", "ch");
    /** Words that start sentences but seldom follow "U.S." inside one ("the U.S. Senate", "U.S. officials"). */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "This",
            "That", "These", "Those", "There", "But", "And", "Yet", "So", "In", "On", "At", "For", "As", "If", "When",
            "While", "After", "Before", "Since", "Still", "Meanwhile", "However", "Asked", "Some", "Many", "Most",
            "Officials", "Neither", "Both", "Such", "What", "Why", "How", "Who");

    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(sentences, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (!isTerminator(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < n && isTerminator(text.charAt(end))) {
                end++;
            }
            while (end < n && isCloser(text.charAt(end))) {
                end++;
            }
            if (end == n) {
                break;
            }
            if (!isBlank(text.charAt(end))) {
                // "3.5", "U.S.-led", "Yahoo!News": no space, no end.
                i = end;
                continue;
            }
            int next = end;
            boolean lineBreak = false;
            while (next < n && isBlank(text.charAt(next))) {
                lineBreak |= text.charAt(next) == '\n' || text.charAt(next) == '\r';
                next++;
            }
            if (next < n && !lineBreak && !endsSentence(text, i, end, next)) {
                i = next;
                continue;
            }
            add(sentences, text, start, end);
            start = end;
            i = next;
        }
        add(sentences, text, start, n);
        return sentences;
    }

    /**
     * Whether the terminator at {@code stop} (first of its run) ends the sentence, given what follows at
     * {@code next}.
     */
    private static boolean endsSentence(String text, int stop, int afterClosers, int next) {
        int first = next;
        while (first < text.length() && isOpener(text.charAt(first))) {
            first++;
        }
        if (first == text.length()) {
            return true;
        }
        char following = text.charAt(first);
        if (Character.isLowerCase(following)) {
            return false;
        }
        if (!Character.isLetterOrDigit(following)) {
            return true;
        }
        boolean singleStop = text.charAt(stop) == '.' && afterClosers == stop + 1;
        if (!singleStop) {
            return true;
        }
        int wordStart = stop;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, stop);
        if (word.isEmpty()) {
            return true;
        }
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false; // an initial: "George W. Bush", "J. R. Smith"
        }
        if (TITLES.contains(word)) {
            return false;
        }
        if (BEFORE_NUMBERS.contains(word)) {
            return !Character.isDigit(following);
        }
        if (word.indexOf('.') > 0) {
            return SENTENCE_OPENERS.contains(wordAt(text, first));
        }
        return true;
    }

    private static String wordAt(String text, int start) {
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static void add(List<Sentence> sentences, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            sentences.add(new Sentence(start, end, text.substring(start, end)));
        }
    }

    private static boolean isTerminator(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00AB';
    }

    /** Spaces and tabs; line breaks are handled as sentence ends before this is asked. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\n' || c == '\r';
    }
}
