package io.newsstream.enrich.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the words of a text: whitespace-separated tokens that contain a letter or a digit. */
public final class WordCounter {

    private static final Pattern TOKEN = Pattern.compile("\\S+");

    private WordCounter() {
    }

    public static int count(String text) {
        int words = 0;
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            if (matcher.group().codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }
}
