package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a generational or regnal suffix with the person it names: "Donald Trump Jr." is not his father and "Charles
 * III" is the king, so the suffix joins the mention, and a name without it becomes the name with it.
 */
final class NameSuffixes {

    /** ", Jr." or " III" right after a name; roman numerals from II, as a lone "I" or "V" is too often a word. */
    private static final Pattern SUFFIX = Pattern.compile(
            ",?\\h(?:Jr|Sr)\\b\\.?|\\h(?:II|III|IV|VI|VII|VIII)\\b(?!-)");

    private NameSuffixes() {
    }

    /** The person mention extended over the suffix written after it in {@code text}; other mentions unchanged. */
    static Mention extend(String text, Mention mention) {
        if (mention.type() != EntityType.PERSON || mention.end() >= text.length()) {
            return mention;
        }
        Matcher matcher = SUFFIX.matcher(text);
        if (!matcher.region(mention.end(), text.length()).lookingAt()) {
            return mention;
        }
        String suffix = matcher.group().replace(",", "").strip();
        boolean named = mention.name().endsWith(" " + suffix) || mention.name().endsWith(" " + suffix.replace(".", ""));
        String name = named ? mention.name() : mention.name() + " " + suffix;
        return new Mention(named ? mention.id() : Slugs.of(name), name, EntityType.PERSON,
                text.substring(mention.start(), matcher.end()), mention.start(), matcher.end());
    }
}
