package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full names of people the tagger found only by a lone surname: news names a person in full once and by surname
 * after, so where the article writes the surname after a capitalised given name ("Virginia Giuffre", "Conor
 * Gallagher"), that is the person, even when the given name alone is also a place the knowledge base knows.
 */
final class SurnameFullNames {

    private static final Pattern GIVEN_NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}.'\u2019-])(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?) $");
    private static final int MIN_SURNAME_LENGTH = 3;
    private static final int LOOK_BACK = 30;

    private SurnameFullNames() {
    }

    /**
     * Full names for the one-word people the tagger found that no person in {@code mentions} already ends with;
     * removes from {@code mentions} those a full name holds (the place "Virginia" in "Virginia Giuffre").
     */
    static List<Mention> find(String text, TaggedNames.Found tagged, List<Mention> mentions) {
        List<Mention> singleWords = tagged.singleWords();
        Set<String> surnames = new LinkedHashSet<>();
        for (Mention word : singleWords) {
            if (word.type() == EntityType.PERSON && word.surface().length() >= MIN_SURNAME_LENGTH) {
                surnames.add(word.surface());
            }
        }
        for (Mention mention : mentions) {
            if (mention.type() == EntityType.PERSON && mention.surface().indexOf(' ') > 0) {
                surnames.remove(mention.surface().substring(mention.surface().lastIndexOf(' ') + 1));
            }
        }
        List<Mention> found = new ArrayList<>();
        for (String surname : surnames) {
            Mention full = fullName(text, surname, tagged.lowerCaseWords(), mentions);
            if (full != null) {
                mentions.removeIf(held -> held.start() >= full.start() && held.end() <= full.end()
                        && held.type() != EntityType.PERSON);
                found.add(full);
            }
        }
        return found;
    }

    private static Mention fullName(String text, String surname, Set<String> lowerCaseWords, List<Mention> mentions) {
        for (int at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
            int end = at + surname.length();
            if (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
                continue;
            }
            Matcher given = GIVEN_NAME_BEFORE.matcher(text.substring(Math.max(0, at - LOOK_BACK), at));
            if (!given.find()) {
                continue;
            }
            String word = given.group(1);
            // An ordinary word capitalised by position ("But Gallagher") or a title ("Coach Gallagher") is no name.
            if (lowerCaseWords.contains(word.toLowerCase(Locale.ROOT)) || PersonTitles.isTitle(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            int start = at - word.length() - 1;
            // A word opening a sentence is capitalised whatever it is ("Although Lindi"): there it must also be
            // capitalised mid-sentence elsewhere.
            if (TaggedNames.startsSentence(text, start) && !TaggedNames.capitalisedMidSentence(text, word)
                    || overlapsPersonOrOrganisation(mentions, start, end)) {
                continue;
            }
            String name = word + " " + surname;
            return new Mention(Slugs.of(name), name, EntityType.PERSON, name, start, end);
        }
        return null;
    }

    private static boolean overlapsPersonOrOrganisation(List<Mention> mentions, int start, int end) {
        for (Mention mention : mentions) {
            if (mention.start() < end && mention.end() > start
                    && (mention.type() != EntityType.LOCATION || mention.start() < start || mention.end() > end)) {
                return true;
            }
        }
        return false;
    }
}
