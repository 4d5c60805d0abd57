package io.newsstream.enrich.stance;

import io.newsstream.enrich.text.Sentence;
import java.util.Arrays;
import java.util.List;

/**
 * Where each sentence's tokens begin and end, and the sentence of each token: found once per article by binary
 * search and then read by every part of the stance step, which would otherwise search again for every token.
 */
final class SentenceTokens {

    private final int[] firsts;
    private final int[] ends;
    private final int[] sentenceOf;

    private SentenceTokens(int[] firsts, int[] ends, int[] sentenceOf) {
        this.firsts = firsts;
        this.ends = ends;
        this.sentenceOf = sentenceOf;
    }

    static SentenceTokens of(Tokens tokens, List<Sentence> sentences) {
        int[] firsts = new int[sentences.size()];
        int[] ends = new int[sentences.size()];
        int[] sentenceOf = new int[tokens.size()];
        Arrays.fill(sentenceOf, -1);
        for (int s = 0; s < sentences.size(); s++) {
            firsts[s] = tokens.firstAtOrAfter(sentences.get(s).start());
            ends[s] = tokens.firstAtOrAfter(sentences.get(s).end());
            for (int t = firsts[s]; t < ends[s]; t++) {
                sentenceOf[t] = s;
            }
        }
        return new SentenceTokens(firsts, ends, sentenceOf);
    }

    /** How many sentences. */
    int size() {
        return firsts.length;
    }

    /** The sentence's first token. */
    int first(int sentence) {
        return firsts[sentence];
    }

    /** The token after the sentence's last. */
    int end(int sentence) {
        return ends[sentence];
    }

    /** The sentence holding the token, or -1 (a token between sentences). */
    int sentenceOf(int token) {
        return sentenceOf[token];
    }
}
