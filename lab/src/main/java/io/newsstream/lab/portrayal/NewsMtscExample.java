package io.newsstream.lab.portrayal;

import io.newsstream.core.article.Polarity;

/**
 * One line of a NewsMTSC file: a sentence, the character range {@code [from, to)} of a mention in it, and how the
 * sentence portrays the one mentioned.
 */
public record NewsMtscExample(String id, String sentence, int from, int to, Polarity polarity) {

    public NewsMtscExample {
        if (from < 0 || to < from || to > sentence.length()) {
            throw new IllegalArgumentException("mention offsets [" + from + ", " + to + ") lie outside the sentence of "
                    + sentence.length() + " characters");
        }
    }

    /** NewsMTSC writes polarity as -1, 0 or 1. */
    public static Polarity polarity(int value) {
        return switch (value) {
            case -1 -> Polarity.NEGATIVE;
            case 0 -> Polarity.NEUTRAL;
            case 1 -> Polarity.POSITIVE;
            default -> throw new IllegalArgumentException("polarity must be -1, 0 or 1, not " + value);
        };
    }
}
