package io.newsstream.enrich.entities;

import io.newsstream.core.article.EntityType;
import io.newsstream.enrich.text.Slugs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * People introduced by who they are to someone ("her husband Mike", "their son, Ronnie", "his brother Leon") or as
 * named ("a colleague named Leslie Field", "a woman called Jeanine"): the names, one word or several, are people
 * whatever the words would otherwise read as.
 */
final class IntroducedPeople {

    /** Relations that stand before a person's name. */
    private static final List<String> KIN = List.of("son", "daughter", "husband", "wife", "brother", "sister", "mother",
            "father", "baby", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin", "boyfriend",
            "girlfriend", "fiance", "fiancee", "fiancé", "fiancée", "widow", "widower", "stepson", "stepdaughter",
            "colleague");
    /** Who else may be "named" or "called" someone; not "a company named", nor a dog. */
    private static final List<String> PERSON_NOUNS = List.of("man", "woman", "boy", "girl", "child", "friend",
            "teenager", "student", "worker", "resident", "officer", "person");
    /** A capitalised word, with "O'Connor" and "Zuma-Sambudla" inside; a possessive "'s" is no part of it. */
    private static final String WORD = "\\p{Lu}\\p{Ll}+(?:(?:['’](?!s(?!\\p{L}))|-)\\p{Lu}?\\p{Ll}+)*";
    private static final String NAME = "(?<name>" + WORD + "(?:\\h+" + WORD + "){0,2})(?![\\p{L}\\p{N}])";
    /**
     * After a comma the apposition must close ("their son, Ronnie."): in "the birth of his son, Phil said" the name
     * opens the next clause.
     */
    private static final String KIN_WORD = "(?:" + String.join("|", KIN) + ")";
    private static final String NAMING_NOUN = "(?:" + String.join("|", KIN) + "|" + String.join("|", PERSON_NOUNS) + ")";
    private static final Pattern INTRODUCED = Pattern.compile(
            "(?<![\\p{L}])(?:" + KIN_WORD + "\\h+" + NAME
                    + "|" + KIN_WORD + ",\\h+" + NAME.replace("<name>", "<apposed>") + "(?=\\h*[,.;:)]|\\h*$)"
                    + "|" + NAMING_NOUN + ",?\\h+(?:named|called)\\h+" + NAME.replace("<name>", "<called>") + ")");
    /** The pattern starts at the relation or the noun; the name follows within a line. */
    private static final CueWindows<Boolean> CUES = new CueWindows<>(Stream.concat(KIN.stream(),
            PERSON_NOUNS.stream()).collect(Collectors.toMap(Function.identity(), word -> true)));

    private IntroducedPeople() {
    }

    /** The people {@code text} introduces so, where no {@code known} mention overlaps the name. */
    static List<Mention> find(String text, List<Mention> known) {
        List<Mention> people = new ArrayList<>();
        MentionIndex taken = new MentionIndex(known);
        CueWindows.forEachMatch(text, CUES.find(text), cue -> true, 0, 120, List.of(INTRODUCED), matcher -> {
            String group = matcher.group("name") != null ? "name"
                    : matcher.group("apposed") != null ? "apposed" : "called";
            String name = matcher.group(group);
            String first = name.split("\\h+", 2)[0];
            // "his wife, Secretary Jane Doe": the title belongs to the next finder; a date is no name.
            if (!CalendarWords.contains(first) && !PersonTitles.isTitle(first.toLowerCase(Locale.ROOT))
                    && !taken.overlaps(matcher.start(group), matcher.end(group))) {
                people.add(new Mention(Slugs.of(name), name, EntityType.PERSON, name, matcher.start(group),
                        matcher.end(group)));
            }
        });
        return people;
    }
}
