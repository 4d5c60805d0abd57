package io.newsstream.enrich.stance;

import java.util.Arrays;

/**
 * The direct quotes of a text, as token ranges, per paragraph: curly quotes and guillemets pair up, straight ones
 * alternate, and a quote still open at the end of a paragraph ends there (news copy reopens it in the next one).
 */
final class QuoteSpans {

    /** Per quote, its first token and the token after it. */
    private final int[] firstTokens;
    private final int[] endTokens;
    /** Per token, the quote holding it, or -1. */
    private final int[] quoteOfToken;

    private QuoteSpans(int[] firstTokens, int[] endTokens, int[] quoteOfToken) {
        this.firstTokens = firstTokens;
        this.endTokens = endTokens;
        this.quoteOfToken = quoteOfToken;
    }

    static QuoteSpans of(String text, Tokens tokens) {
        int[] chars = characterRanges(text);
        int quotes = chars.length / 2;
        int[] first = new int[quotes];
        int[] end = new int[quotes];
        int[] quoteOf = new int[tokens.size()];
        Arrays.fill(quoteOf, -1);
        for (int q = 0; q < quotes; q++) {
            first[q] = tokens.firstAtOrAfter(chars[2 * q]);
            end[q] = tokens.firstAtOrAfter(chars[2 * q + 1]);
            for (int t = first[q]; t < end[q]; t++) {
                quoteOf[t] = q;
            }
        }
        return new QuoteSpans(first, end, quoteOf);
    }

    /** Start and end offsets of each quote, one after the other. */
    private static int[] characterRanges(String text) {
        int[] ranges = new int[16];
        int count = 0;
        int open = -1;
        for (int i = 0; i <= text.length(); i++) {
            int close = -1;
            if (i == text.length()) {
                close = open >= 0 ? i : -1;
            } else {
                char c = text.charAt(i);
                if (c == '\n') {
                    close = open >= 0 ? i : -1;
                } else if (c == '\u201C' || c == '\u00AB' || c == '"' && open < 0) {
                    if (open < 0) {
                        open = i;
                    }
                } else if ((c == '\u201D' || c == '\u00BB' || c == '"') && open >= 0) {
                    close = i + 1;
                }
            }
            if (close >= 0) {
                if (count + 2 > ranges.length) {
                    ranges = Arrays.copyOf(ranges, ranges.length * 2);
                }
                ranges[count++] = open;
                ranges[count++] = close;
                open = -1;
            }
        }
        return Arrays.copyOf(ranges, count);
    }

    int size() {
        return firstTokens.length;
    }

    int firstToken(int quote) {
        return firstTokens[quote];
    }

    int endToken(int quote) {
        return endTokens[quote];
    }

    /** The quote holding the token, or -1. */
    int quoteOf(int token) {
        return quoteOfToken[token];
    }

    /** Whether a token holds or follows {@code offset} within a quote. */
    boolean insideQuote(Tokens tokens, int offset) {
        int token = tokens.firstAtOrAfter(offset);
        return token < tokens.size() && quoteOfToken[token] >= 0;
    }
}
