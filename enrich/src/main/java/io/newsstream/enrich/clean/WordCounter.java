package io.newsstream.enrich.clean;

/** Counts the words of a text: whitespace-separated tokens that contain a letter or a digit. */
public final class WordCounter {

    private WordCounter() {
    }

    /** One pass over the code points, no token strings: every article's body is counted. */
    public static int count(String text) {
        int words = 0;
        boolean inToken = false;
        boolean counted = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isSeparator(c)) {
                inToken = false;
                continue;
            }
            if (!inToken) {
                inToken = true;
                counted = false;
            }
            if (!counted && Character.isLetterOrDigit(c)) {
                counted = true;
                words++;
            }
        }
        return words;
    }

    /** The whitespace of the regular expression {@code \s}: tokens were once {@code \S+}, and counts must not move. */
    private static boolean isSeparator(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
