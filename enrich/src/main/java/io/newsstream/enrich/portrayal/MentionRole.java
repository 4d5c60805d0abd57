package io.newsstream.enrich.portrayal;

import java.util.List;
import java.util.Set;

/**
 * Whether a mention is what its sentence is about: the subject of its own clause, whose tone the article gives it. A
 * name that is the object of a preposition ("support from the X foundation", "a lease by the Ministry"), the
 * object of a verb ("signed X", "he supports the X party"), the complement of "is" ("One is the X alliance"), a modifier of another noun ("a US Delta Force operation", "her Met
 * Gala looks") or an aside in brackets ("(portrayed by X)") takes no part in what the sentence says of its subject,
 * so the sentence's tone is not its portrayal.
 */
final class MentionRole {

    private static final Set<String> PREPOSITIONS = Set.of("of", "by", "from", "in", "at", "to", "for", "with", "on",
            "into", "onto", "about", "against", "behind", "toward", "towards", "under", "over", "between", "among",
            "through", "via", "within", "without", "including", "like", "than", "alongside", "amid", "despite",
            "beside", "besides", "upon", "during", "across", "beyond", "inside", "outside", "near", "unlike", "versus",
            "vs", "per");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being");
    /** Before a name, these make it a modifier: "a Miami Herald report", "her Met Gala looks". */
    private static final Set<String> MODIFIER_MAKERS = Set.of("a", "an", "her", "his", "their", "its", "our", "my",
            "your");
    /** A subject pronoun before the name in its clause is the clause's subject: the name is an object. */
    private static final Set<String> PRONOUNS = Set.of("i", "he", "she", "it", "we", "they", "i'm", "he's", "she's",
            "it's", "we're", "they're", "we've", "they've", "i've");
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "\u2014", "\u2013", "and", "but", "or");
    /** Skipped when looking for the word that governs the name. */
    private static final Set<String> ARTICLES = Set.of("the");

    private MentionRole() {
    }

    /** True when the mention at {@code [from, to)} of {@code sentence} is the subject the sentence speaks about. */
    static boolean isSubject(String sentence, int from, int to) {
        List<WordTokenizer.Token> tokens = WordTokenizer.tokenize(sentence);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= from) {
            first++;
        }
        int open = 0;
        for (int i = 0; i < first; i++) {
            String word = tokens.get(i).text();
            open += word.equals("(") || word.equals("[") ? 1 : word.equals(")") || word.equals("]") ? -1 : 0;
        }
        if (open > 0) {
            return false;
        }
        for (int i = first - 1; i >= 0 && !CLAUSE_BREAKS.contains(tokens.get(i).text()); i--) {
            if (PRONOUNS.contains(tokens.get(i).text())) {
                return false;
            }
        }
        // The word that governs the name: before it, past "the" and the capitalised words of a longer name.
        int before = first - 1;
        while (before >= 0 && (ARTICLES.contains(tokens.get(before).text())
                || tokens.get(before).capitalised() && !governs(tokens.get(before).text()))) {
            before--;
        }
        return before < 0 || !governs(tokens.get(before).text());
    }

    /**
     * A word that makes the name after it something other than a subject ("By X", "from the X", "a X report"); a word
     * in "-ed" is a verb in the past ("signed X") or a participle ("backed by"), so the name is its object.
     */
    private static boolean governs(String word) {
        return PREPOSITIONS.contains(word) || COPULAS.contains(word) || MODIFIER_MAKERS.contains(word)
                || word.length() > 3 && word.endsWith("ed");
    }
}
