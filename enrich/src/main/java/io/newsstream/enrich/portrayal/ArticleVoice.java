package io.newsstream.enrich.portrayal;

import java.util.Set;

/**
 * Whether a sentence speaks in the article's own voice about a mention. A mention inside a quotation, or in a sentence
 * that relays what someone said ("X said", "according to", "X accused Y of"), carries the speaker's view, not the
 * article's: a careful reader would not call it the article's portrayal, so such sentences do not decide a label.
 */
final class ArticleVoice {

    /** Verbs of saying; also a feature template of the model (the target as speaker). */
    static final Set<String> SPEECH_VERBS = Set.of("said", "says", "say", "told", "tells", "added", "argued",
            "argues", "claimed", "claims", "wrote", "writes", "tweeted", "stated", "insisted", "insists", "noted",
            "explained", "asked", "asks", "warned", "warns", "declared", "announced", "acknowledged", "admitted",
            "suggested", "replied", "responded", "contended", "maintained", "recalled", "predicted", "urged");
    /** Verbs that relay a judgement made by the subject rather than the article. */
    private static final Set<String> JUDGING_VERBS = Set.of("accused", "accuses", "blasted", "blasts", "slammed",
            "slams", "criticised", "criticized", "criticises", "criticizes", "condemned", "condemns", "praised",
            "praises", "hailed", "hails", "called", "calls", "described", "describes", "alleged", "alleges",
            "denounced", "lambasted", "attacked", "thanked", "congratulated", "labelled", "labeled", "branded",
            "believes", "believed", "thinks", "thought", "according", "reported", "reports", "quoted", "saying");

    private ArticleVoice() {
    }

    /** True when {@code sentence} quotes someone or relays what someone said or judged. */
    static boolean relayed(String sentence) {
        for (WordTokenizer.Token token : WordTokenizer.tokenize(sentence)) {
            String word = token.text();
            if (word.equals(WordTokenizer.QUOTE) || SPEECH_VERBS.contains(word) || JUDGING_VERBS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
